/// What rendering one page gives: its file, its problems, and what the anchor check needs.
struct PageResult: Sendable {
    var file: OutputFile?
    var diagnostics: [Diagnostic] = []
    /// The content file whose headings this page shows, with their ids.
    var headingIDs: (contentPath: String, ids: Set<String>)?
    var anchorChecks: [AnchorCheck] = []
}
