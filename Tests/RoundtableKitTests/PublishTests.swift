import Foundation
import IncrementalBuild
import RoundtableKit
import Testing

/// The publish stage never loses a site: a failed build keeps the old output, and a folder that
/// Roundtable did not create is never replaced.
@Suite struct PublishTests {
    private func build(_ output: URL, content: URL) async -> BuildReport {
        await TestSupport.build(content: content, into: output)
    }

    private func copyOfMinimalSite() throws -> URL {
        let directory = TestSupport.temporaryDirectory().appendingPathComponent("content")
        try FileManager.default.copyItem(
            at: TestSupport.fixtures.appendingPathComponent("sites/minimal/content"), to: directory)
        return directory
    }

    @Test func aFailedBuildLeavesThePreviousOutputIntact() async throws {
        let content = try copyOfMinimalSite()
        let output = content.deletingLastPathComponent().appendingPathComponent("output")
        #expect(await build(output, content: content).succeeded)
        let before = try Data(contentsOf: output.appendingPathComponent("topics/beta/index.html"))
        try "---\ntitle: [broken\n---\n".write(
            to: content.appendingPathComponent("topics/beta.md"), atomically: true, encoding: .utf8)
        #expect(!(await build(output, content: content).succeeded))
        #expect(try Data(contentsOf: output.appendingPathComponent("topics/beta/index.html")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.contains("staging") || $0.contains("previous") }
        #expect(leftovers.isEmpty)
    }

    @Test func aForeignFolderIsNeverReplaced() async throws {
        let content = try copyOfMinimalSite()
        let output = content.deletingLastPathComponent().appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "keep me".write(to: output.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let report = await build(output, content: content)
        #expect(
            DiagnosticFormatter.format(report.diagnostics).contains("it is not empty and Roundtable did not create it"))
        #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func theContentFolderItselfIsRefused() async throws {
        let content = try copyOfMinimalSite()
        let report = await build(content, content: content)
        #expect(
            DiagnosticFormatter.format(report.diagnostics)
                == "error: refusing to write the site into '\(content.path)': it is, or holds, or lies inside the "
                + "content folder '\(content.path)'\n"
        )
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yaml").path))
    }

    @Test func aRebuildRemovesPagesWhoseSourceIsGone() async throws {
        let content = try copyOfMinimalSite()
        let output = content.deletingLastPathComponent().appendingPathComponent("output")
        let extra = content.appendingPathComponent("pages/extra.md")
        try "---\ntitle: Extra\nsummary: For a while.\n---\nHello.\n".write(
            to: extra, atomically: true, encoding: .utf8)
        #expect(await build(output, content: content).succeeded)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("extra/index.html").path))
        try FileManager.default.removeItem(at: extra)
        #expect(await build(output, content: content).succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("extra/index.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("about/index.html").path))
    }
}
