import Foundation

/// The assembled site: every page's content, its URL and how pages relate (schedules, tags,
/// navigation). Immutable; the render stage reads it from many tasks at once.
public struct Site: Sendable {
    public let config: SiteConfig
    /// Oldest first.
    public let rounds: [Round]
    /// By title.
    public let topics: [Topic]
    /// In handbook order.
    public let chapters: [Chapter]
    /// The handbook's parts that hold a chapter, in order; chapters outside parts come before them.
    public let parts: [HandbookPart]
    /// For each chapter, its part and its number within it (or among the chapters outside parts),
    /// from 1: worked out once, since every chapter page lists them all.
    let chapterPlaces: [(part: HandbookPart?, number: Int)]
    public let pages: [Page]
    /// A redirect page at each old address of a page (`aliases:`).
    public let redirects: [Redirect]
    public let releases: [TopicRelease]
    public let releasesByTopic: [String: [TopicRelease]]
    public let releasesByRound: [String: [TopicRelease]]
    /// Tags in alphabetical order, each with its topics by title.
    public let tagGroups: [(tag: String, topics: [Topic])]
    /// Pair statistics by round id, already through the disclosure policy; only rounds with a pair file.
    public let statistics: [String: RoundStatistics]
    /// Rounds with a pair file whose statistics are not shown, and why.
    let statisticsNotShown: [String: PairStatisticsRelease.NotShown]
    public let routes: Routes
    public let links: LinkResolver
    public let theme: Theme
    /// Copied into the site as they are.
    let staticFiles: [(path: String, bytes: Data)]
    /// Copied into the site at their path inside content/, those a page links to.
    let attachments: [Attachment]

    /// The round a visitor most wants to see: the one running now, else the next, else the last.
    public var featuredRound: Round? {
        rounds.last { $0.status.isCurrent } ?? rounds.first { $0.status == .upcoming } ?? rounds.last
    }

    let topicIndex: [String: Int]
    /// What the build says without failing: rounds whose statistics were cut back to protect people.
    let warnings: [Diagnostic]
    /// The statistics ledger with this build's releases; written into content/ when it changed.
    let ledger: StatisticsLedger
    let ledgerChanged: Bool

    func topic(_ slug: String) -> Topic? {
        topicIndex[slug].map { topics[$0] }
    }
}
