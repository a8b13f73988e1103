/// The HTML of a body and what the page around it needs to know of it.
public struct RenderedMarkdown: Sendable, Equatable {
    public let html: String
    public let headings: [Heading]
    public let links: [LinkReference]

    public init(html: String, headings: [Heading], links: [LinkReference]) {
        self.html = html
        self.headings = headings
        self.links = links
    }
}
