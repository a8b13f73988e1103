/// Everything read from content/ and the theme, parsed and checked file by file.
public struct SourceSet: Sendable {
    public var config: SiteConfig
    public var rounds: [Round]
    public var topics: [Topic]
    public var chapters: [Chapter]
    public var pages: [Page]
    public var pairFiles: [PairFile]
    public var theme: Theme
}
