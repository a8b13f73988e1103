import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// Input that is large, vanishing or unreadable gives a diagnostic or correct output, never a
/// trap. (Encodings, BOMs, line endings and deep nesting are in BadInputTests.)
@Suite struct HostileInputTests {
    @Test func aTwentyMegabyteTopicBuilds() async throws {
        var files = TestSupport.minimalSite()
        let paragraph = "A long guide keeps going, with *emphasis*, `code` and [a link](beta.md).\n\n"
        let body = String(repeating: "## Part\n\n" + String(repeating: paragraph, count: 20), count: 20_000 / 20 * 14)
        #expect(body.utf8.count > 20_000_000)
        files["content/topics/huge.md"] = "---\ntitle: Huge\nsummary: Twenty megabytes.\ntags: [a]\n---\n" + body
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let page = try #require(report.files.first { $0.path == "topics/huge/index.html" })
        #expect(page.bytes.count > 20_000_000)
        #expect(String(decoding: page.bytes.suffix(20_000), as: UTF8.self).contains("</html>"))
    }

    /// A file listed when the folder is read but gone when it is opened (an editor's swap).
    @Test func aFileThatDisappearsMidBuildIsADiagnostic() async {
        let files = TestSupport.minimalSite().mapValues { Data($0.utf8) }
        let memory = FileSystem.memory(bytes: files)
        let vanishing = FileSystem(
            listFiles: { memory.listFiles($0) + ($0 == "content/topics" ? ["gone.md"] : []) },
            read: memory.read, isDirectory: memory.isDirectory
        )
        let report = await Build.run(
            BuildOptions(contentDirectory: "content", themesDirectory: "themes", outputDirectory: nil),
            fileSystem: vanishing)
        #expect(DiagnosticFormatter.format(report.diagnostics) == "content/topics/gone.md:1:1: error: file not found\n")
    }

    @Test func anUnreadableFileIsADiagnostic() async {
        let files = TestSupport.minimalSite().mapValues { Data($0.utf8) }
        let memory = FileSystem.memory(bytes: files)
        let locked = FileSystem(
            listFiles: memory.listFiles,
            read: { path in
                if path == "content/topics/beta.md" { throw CocoaError(.fileReadNoPermission) }
                return try memory.read(path)
            },
            isDirectory: memory.isDirectory
        )
        let report = await Build.run(
            BuildOptions(contentDirectory: "content", themesDirectory: "themes", outputDirectory: nil),
            fileSystem: locked)
        #expect(
            DiagnosticFormatter.format(report.diagnostics).hasPrefix(
                "content/topics/beta.md:1:1: error: cannot read file\n"))
    }

    @Test func anUnreadableFileOnDiskIsADiagnostic() async throws {
        guard getuid() != 0 else { return }  // root reads everything; the injected case above covers it
        let root = try OutputSafetyTests.project()
        let beta = root.appendingPathComponent("content/topics/beta.md")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: beta.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: beta.path) }
        let report = await OutputSafetyTests.build(root)
        #expect(report.diagnostics.contains { $0.message == "cannot read file" })
    }

    /// Inputs the fuzzers found or started from, replayed through the same checks.
    @Test(arguments: FuzzTargets.names)
    func fuzzCorpusAndRegressionsPass(target: String) throws {
        var count = 0
        for folder in ["Fuzz/corpus/\(target)", "Fuzz/regressions/\(target)"] {
            let directory = TestSupport.repositoryRoot.appendingPathComponent(folder)
            for name in FileSystem.disk.listFiles(directory.path) {
                FuzzTargets.run(target, try Data(contentsOf: directory.appendingPathComponent(name)))
                count += 1
            }
        }
        #expect(count >= 2)
    }
}
