/// A chapter of the process handbook, from `content/process/<NN>-<slug>.md`, or from
/// `content/process/<part>/<NN>-<slug>.md` in a part of the handbook.
public struct Chapter: Sendable {
    public let slug: String
    public let title: String
    public let summary: String
    /// The `order` field, else the file name's numeric prefix.
    public let order: Int?
    public let draft: Bool
    public let body: MarkdownSource
    public let contentPath: String
    /// Headings' ids chosen in front matter (`anchors:`).
    public package(set) var anchors: [HeadingAnchor] = []
    /// Old addresses that redirect here (`aliases:`).
    public package(set) var aliases: [Alias] = []
    /// Its part's slug, the folder below process/ that its URL goes through; nil outside parts.
    public package(set) var part: String?
    /// The folder of its part inside process/ (`02-mentoring`); nil for a chapter outside parts.
    public package(set) var partFolder: String?
    /// `updated`, as for topic guides.
    public package(set) var updated: CalendarDate?
    /// The chapter's own `licence`, when it differs from the site's.
    public package(set) var licence: Licence?
}
