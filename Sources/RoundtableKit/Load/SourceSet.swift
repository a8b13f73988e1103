import Foundation

/// Everything read from content/ and the theme, parsed and checked file by file.
public struct SourceSet: Sendable {
    public var config: SiteConfig
    public var rounds: [Round]
    public var topics: [Topic]
    public var chapters: [Chapter]
    public var pages: [Page]
    public var pairFiles: [PairFile]
    public var theme: Theme
    /// By path inside content/: the digest of what other pages can show of the file (front
    /// matter; all of a YAML or CSV file) and of the whole file.
    var digests: [String: (metadata: ContentDigest, whole: ContentDigest)] = [:]
    /// Of site.yaml and the statistics ledger.
    var configDigest = ContentDigest("")
    /// What the site has published about each round's pairs before.
    var ledger = StatisticsLedger()
    /// From the static folder, by path inside it.
    var staticFiles: [(path: String, bytes: Data)] = []
    /// The static folder as diagnostics name it.
    var staticFolder = "static"
    /// Every topic's parsed front matter, drafts included, for the build cache.
    var topicMemories: [String: TopicMemory] = [:]
    /// Pair files not read because the cache vouched for them (their rounds' statistics are
    /// missing from this set), and what to remember of every pair file.
    var deferredPairFiles = 0
    var pairFileMemories: [String: FileMemory] = [:]
    /// Every round as parsed, for the build cache.
    var roundMemories: [String: RoundMemory] = [:]
}
