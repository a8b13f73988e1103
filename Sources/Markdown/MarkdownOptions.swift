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

    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = false, headingLinkLabel: String? = nil) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
        self.headingLinkLabel = headingLinkLabel
    }
}
