/// One page to render: where it goes, which content file it shows (for the digest of its inputs), and
/// how to render it.
struct PageJob: Sendable {
    let outputPath: String
    let contentPath: String?
    let render: @Sendable () -> PageResult
}
