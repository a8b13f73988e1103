import Foundation
import Testing

/// `roundtable import` as an organiser runs it: the summary, a second run that would replace
/// files, a source that is not there, and the check that follows.
@Suite struct ImportCommandTests {
    static let book = CLITests.root.appendingPathComponent("Tests/RoundtableKitTests/Fixtures/import/mdbook")

    @Test func importWritesOnceAndTheCheckThatFollowsFindsNoProblem() throws {
        let parent = CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let imported = try CLITests.run(["import", "mdbook", Self.book.path, "--into", "handbook"], in: parent)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stdout.hasPrefix(
                "imported 7 chapters in 2 parts into handbook/, with 6 old addresses kept as redirects. Next:\n"))
        #expect(imported.stderr.contains("SUMMARY.md:15:1: note: draft chapter 'Closing survey' has no file"))

        let checked = try CLITests.run(["check", "--source", "handbook"], in: parent)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(!checked.stderr.contains("error:") && !checked.stderr.contains("warning:"), "\(checked.stderr)")

        let again = try CLITests.run(["import", "mdbook", Self.book.path, "--into", "handbook"], in: parent)
        #expect(again.status == 2)
        #expect(again.stderr.contains("error: nothing imported: handbook already has 'images/poster.png'"))

        let project = try CLITests.run(["import", "mdbook", Self.book.path, "--into", "."], in: parent)
        #expect(project.status == 2)
        #expect(project.stderr.contains("neither empty nor a content folder"), "\(project.stderr)")

        let missing = try CLITests.run(["import", "jekyll", "no-such-site", "--into", "site"], in: parent)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error: no-such-site is not a folder: give the jekyll sources' folder"))
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("site").path))
    }
}
