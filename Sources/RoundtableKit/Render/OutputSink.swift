import Foundation

/// Where the render stage puts the files it makes, and what publishing them means: kept in
/// memory or not at all (the tests, `check`), a staging tree on disk swapped in at the end, or the
/// incremental build's standby tree (Sources/IncrementalBuild).
package protocol OutputSink: Sendable {
    /// Whether rendered files keep their bytes after they are delivered.
    var keepsBytes: Bool { get }
    /// Before the first file is delivered: whether the sink can publish at all.
    func prepare() async throws
    /// A page the sink holds from an earlier build whose inputs have not changed since: it is
    /// not rendered again. Nil to render it.
    func unchangedPage(_ outputPath: String, showing contentPaths: [String]) -> RenderedFile?
    /// Takes one rendered file; problems are kept for `finish`.
    func deliver(_ path: String, digest: ContentDigest, bytes: Data)
    /// Makes the delivered files the published site. Returns how many files were written.
    func finish(_ files: [RenderedFile]) throws -> Int
    /// After a failed build: nothing delivered is published.
    func abandon()
}

extension OutputSink {
    package func prepare() async throws {}
}

/// Publishes nothing: keeps every file's bytes in memory (the tests) or none (`roundtable check`,
/// which wants only the problems).
package struct UnpublishedOutput: OutputSink {
    package let keepsBytes: Bool

    package init(keepsBytes: Bool) {
        self.keepsBytes = keepsBytes
    }

    package func unchangedPage(_ outputPath: String, showing contentPaths: [String]) -> RenderedFile? { nil }
    package func deliver(_ path: String, digest: ContentDigest, bytes: Data) {}
    package func finish(_ files: [RenderedFile]) throws -> Int { 0 }
    package func abandon() {}
}
