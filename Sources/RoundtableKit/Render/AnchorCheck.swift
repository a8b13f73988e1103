/// A link to `target#fragment` waiting for the target page's heading ids, which are only known
/// once that page has been rendered.
struct AnchorCheck: Sendable {
    let target: String
    let fragment: String
    let location: SourceLocation
    let sourceLine: String?
    let written: String
}
