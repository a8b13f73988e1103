import Markdown

/// A Markdown body rendered for one page, with what the page and the link check need.
struct RenderedBody: Sendable {
    let html: String
    let headings: [Heading]
    let diagnostics: [Diagnostic]
    let anchorChecks: [AnchorCheck]
    /// The files beside the content it links to, by path inside content/.
    let attachments: [String]
    /// Its words outside headings, as plain text, for the search index.
    let text: String
}
