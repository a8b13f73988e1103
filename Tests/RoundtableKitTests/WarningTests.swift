import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// Warnings are a class of their own: reported by every build, cached or not, and errors under
/// `--strict`, which then publishes nothing.
@Suite struct WarningTests {
    typealias Project = IncrementalBuildTests.Project

    /// A round still running with a pair file: one warning, from the pair file.
    static func projectWithAWarning() throws -> Project {
        let project = try Project()
        let protected = TestSupport.fixtures.appendingPathComponent("sites/protected/content")
        try FileManager.default.createDirectory(
            at: project.content.appendingPathComponent("pairs"), withIntermediateDirectories: true)
        for path in ["rounds/2017C.yaml", "pairs/2017C.csv"] {
            try FileManager.default.copyItem(
                at: protected.appendingPathComponent(path), to: project.content.appendingPathComponent(path))
        }
        return project
    }

    static func options(_ project: Project, strict: Bool = false) -> BuildOptions {
        var options = BuildOptions(
            contentDirectory: project.content.path, themesDirectory: TestSupport.defaultTheme.path,
            outputDirectory: project.output.path)
        options.strict = strict
        return options
    }

    @Test func aCachedBuildReportsTheWarningsOfFilesItDidNotRead() async throws {
        let project = try Self.projectWithAWarning()
        let (counting, reads) = try project.agedAndCounted()
        let first = await Build.run(Self.options(project), fileSystem: counting)
        #expect(first.succeeded)
        #expect(
            first.diagnostics.map(\.message) == [
                "round 2017C is active: its pair statistics are published once it is closed"
            ])

        try project.edit("topics/alpha.md") { $0 + "\nAn edit.\n" }
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)],
            ofItemAtPath: project.content.appendingPathComponent("topics/alpha.md").path)
        reads.clear()
        let edited = await Build.run(Self.options(project), fileSystem: counting)
        #expect(!reads.paths.contains { $0.hasSuffix("pairs/2017C.csv") }, "the pair file is not read again")
        #expect(edited.diagnostics == first.diagnostics)

        let unchanged = await Build.run(Self.options(project), fileSystem: counting)
        #expect(unchanged.writtenCount == 0)
        #expect(unchanged.diagnostics == first.diagnostics)
    }

    @Test func strictMakesWarningsErrorsAndPublishesNothing() async throws {
        let project = try Self.projectWithAWarning()
        #expect(await project.build().succeeded)
        let before = Project.tree(project.output)
        try project.edit("topics/alpha.md") { $0 + "\nAn edit.\n" }
        let strict = await Build.run(Self.options(project, strict: true))
        #expect(!strict.succeeded)
        #expect(strict.diagnostics.map(\.severity) == [.error])
        #expect(
            strict.diagnostics.map(\.message) == [
                "round 2017C is active: its pair statistics are published once it is closed"
            ])
        #expect(Project.tree(project.output) == before, "nothing was published")

        var check = Self.options(project, strict: true)
        check.outputDirectory = nil
        #expect(await Build.run(check).diagnostics == strict.diagnostics, "check and build report the same")
    }
}
