/// A chapter of the process handbook, from `content/process/<NN>-<slug>.md`.
public struct Chapter: Sendable {
    public let slug: String
    public let title: String
    public let summary: String
    /// The `order` field, else the file name's numeric prefix.
    public let order: Int?
    public let draft: Bool
    public let body: MarkdownSource
    public let contentPath: String
    /// `updated`, as for topic guides.
    public package(set) var updated: CalendarDate?
    /// The chapter's own `licence`, when it differs from the site's.
    public package(set) var licence: Licence?
}
