/// A discussion-topic guide, from `content/topics/<slug>.md`.
public struct Topic: Sendable {
    public let slug: String
    public let title: String
    public let summary: String
    public let tags: [String]
    public let draft: Bool
    /// The body's text, or, for a body to be read when the page is rendered (see `readBody`),
    /// its file and line offset with no text.
    public let body: MarkdownSource
    /// The path inside content/, such as `topics/library-spaces.md`.
    public let contentPath: String
    /// Reads the body when its page is rendered; nil when `body` holds the text. A build that
    /// publishes keeps no bodies, so that it never holds all of them at once.
    let readBody: (@Sendable () -> (MarkdownSource?, [Diagnostic]))?
    /// `updated`: the day the guide last changed in substance, shown as "Last updated" and in
    /// the sitemap. Written by the volunteer, never taken from the clock.
    public package(set) var updated: CalendarDate?
    /// `order`: guides with one come first, lowest first, then the rest by title; a guide's
    /// reading order when it was a chapter of a book.
    public package(set) var order: Int?
    /// Headings' ids chosen in front matter (`anchors:`).
    public package(set) var anchors: [HeadingAnchor] = []
    /// Old addresses that redirect here (`aliases:`).
    public package(set) var aliases: [Alias] = []
    /// The note that its first paragraph stands in for a `summary` it does not have.
    package var summaryNote: Diagnostic?

    init(
        slug: String, title: String, summary: String, tags: [String], draft: Bool, body: MarkdownSource,
        contentPath: String,
        readBody: (@Sendable () -> (MarkdownSource?, [Diagnostic]))? = nil
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.tags = tags
        self.draft = draft
        self.body = body
        self.contentPath = contentPath
        self.readBody = readBody
    }

    /// The body, read now if it was left unread.
    func loadedBody() -> (MarkdownSource?, [Diagnostic]) {
        readBody?() ?? (body, [])
    }
}
