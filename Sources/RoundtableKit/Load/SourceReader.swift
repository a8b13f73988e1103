/// Where the load stage reads content/ from. A plain reader reads every file; the incremental
/// build's reader (Sources/IncrementalBuild) also answers, from what the last build kept, for
/// files that have not changed since, so that they need not be read or parsed again.
package protocol SourceReader: Sendable {
    var fileSystem: FileSystem { get }
    /// A topic's front matter as parsed before, when its file is unchanged: the body is then
    /// read when the topic's page is rendered, and not at all when that page is not.
    func rememberedTopic(_ contentPath: String) -> TopicHeader?
    /// A round file parsed before from the same text.
    func rememberedRound(_ contentPath: String, text: SourceText) -> Round?
    /// The statistics ledger as parsed before, when its file is unchanged: it holds every
    /// release of every round, the largest YAML file a site has.
    func rememberedLedger() -> StatisticsLedger?
    /// Whether a pair file can be left unread: no page that shows its statistics is rendered.
    func skipsPairFile(_ contentPath: String) -> Bool
}

/// Reads every file, remembers nothing.
package struct PlainSourceReader: SourceReader {
    package let fileSystem: FileSystem

    package init(_ fileSystem: FileSystem) {
        self.fileSystem = fileSystem
    }

    package func rememberedTopic(_ contentPath: String) -> TopicHeader? { nil }
    package func rememberedRound(_ contentPath: String, text: SourceText) -> Round? { nil }
    package func rememberedLedger() -> StatisticsLedger? { nil }
    package func skipsPairFile(_ contentPath: String) -> Bool { false }
}

/// A topic's front matter, and where its body starts.
package struct TopicHeader: Sendable {
    package let title: String
    package let summary: String
    package let tags: [String]
    package let draft: Bool
    package let bodyLineOffset: Int
    /// Of the front matter text: a body read later belongs to the same header only if it matches.
    package let frontMatter: ContentDigest
    package var updated: CalendarDate?
    package var order: Int?
    package var aliases: [Alias] = []
    package var anchors: [HeadingAnchor] = []
    /// The note that the first paragraph stands in for a missing `summary`, said again on
    /// every build that takes the topic from the cache.
    package var summaryNote: Diagnostic?

    package init(
        title: String, summary: String, tags: [String], draft: Bool, bodyLineOffset: Int, frontMatter: ContentDigest
    ) {
        self.title = title
        self.summary = summary
        self.tags = tags
        self.draft = draft
        self.bodyLineOffset = bodyLineOffset
        self.frontMatter = frontMatter
    }
}
