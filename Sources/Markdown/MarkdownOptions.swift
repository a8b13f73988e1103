/// How cmark parses and renders a body.
public struct MarkdownOptions: Sendable, Equatable {
    /// Keep raw HTML and unsafe URLs (`javascript:`…). Off by default: cmark's safe mode drops them.
    public var allowRawHTML: Bool
    /// Curly quotes, en and em dashes, ellipses (cmark's `--smart`).
    public var smartPunctuation: Bool

    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = false) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
    }
}
