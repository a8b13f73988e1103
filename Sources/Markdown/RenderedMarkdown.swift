/// The HTML of a body and what the page around it needs to know of it.
public struct RenderedMarkdown: Sendable, Equatable {
    public let html: String
    public let headings: [Heading]
    public let links: [LinkReference]
    /// Raw HTML in the body, in the order written: what safe mode drops.
    public let rawHTML: [RawHTML]
    /// The body's words outside headings, as plain text (`MarkdownDocument.bodyText`).
    public let text: String

    public init(html: String, headings: [Heading], links: [LinkReference], rawHTML: [RawHTML] = [], text: String = "") {
        self.html = html
        self.headings = headings
        self.links = links
        self.rawHTML = rawHTML
        self.text = text
    }
}
