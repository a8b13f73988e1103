/// One page to render: where it goes, which content files it shows whole (for the digest of
/// its inputs: one for a guide's page, a round and its guides for a printable pack, none for a
/// list), and how to render it.
struct PageJob: Sendable {
    let outputPath: String
    let contentPaths: [String]
    let render: @Sendable () -> PageResult

    init(outputPath: String, contentPaths: [String], render: @escaping @Sendable () -> PageResult) {
        self.outputPath = outputPath
        self.contentPaths = contentPaths
        self.render = render
    }

    init(outputPath: String, contentPath: String?, render: @escaping @Sendable () -> PageResult) {
        self.init(outputPath: outputPath, contentPaths: contentPath.map { [$0] } ?? [], render: render)
    }
}
