/// One page to render: where it goes, which content file it shows (for its fingerprint), and
/// how to render it.
struct PageJob: Sendable {
    let outputPath: String
    let contentPath: String?
    let render: @Sendable () -> PageResult
}
