/// What rendering one page gives: its file, its problems, and the links whose anchors can only
/// be checked once every page exists.
struct PageResult: Sendable {
    var file: OutputFile?
    var diagnostics: [Diagnostic] = []
    var anchorChecks: [AnchorCheck] = []
    /// The files beside the content it links to: only those are published.
    var attachments: [String] = []
    /// What the search index holds of the page; nil for pages it leaves out (lists, the sitemap).
    var searchEntry: SearchEntry?
}
