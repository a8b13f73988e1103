/// How cmark parses and renders a body.
public struct MarkdownOptions: Sendable, Equatable {
    /// Keep raw HTML and unsafe URLs (`javascript:`…). Off by default: cmark's safe mode drops them.
    public var allowRawHTML: Bool
    /// Curly quotes, en and em dashes, ellipses (cmark's `--smart`).
    public var smartPunctuation: Bool
    /// When set, every heading ends with a link to itself (`<a class="heading-link" href="#id">`)
    /// named by this label and the heading's text, for readers who want to share a section.
    /// Off by default, so that the HTML is cmark's, ids apart.
    public var headingLinkLabel: String?
    /// Put before every heading id, for a body shown on a page with others (a printable pack),
    /// so that two bodies' headings never share an id.
    public var headingIDPrefix: String
    /// For a body shown below a heading of its own at this level: its first heading goes one
    /// level below it and the others move with it, never above the first's level, never more
    /// than one below the heading before them, never past 6, so that the page's outline skips
    /// no level whatever the body's.
    public var parentHeadingLevel: Int?
    /// Ids chosen for headings instead of the ones their text gives (`what-is-gsoc` for
    /// `what-is-google-summer-of-code`), keyed by the generated id, so that old anchors keep working.
    public var headingIDs: [String: String] = [:]

    public init(
        allowRawHTML: Bool = false, smartPunctuation: Bool = false, headingLinkLabel: String? = nil,
        headingIDPrefix: String = "", parentHeadingLevel: Int? = nil
    ) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
        self.headingLinkLabel = headingLinkLabel
        self.headingIDPrefix = headingIDPrefix
        self.parentHeadingLevel = parentHeadingLevel
    }
}
