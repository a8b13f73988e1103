import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// `--dates-from-git`: a guide or chapter without `updated:` is dated by the last commit that
/// touched its file; `updated:` still wins; a commit that changes only dates still rebuilds.
@Suite struct CommitDaysTests {
    static var hasGit: Bool { TestSupport.executablePath("git") != nil }

    @Test func theNewestCommitOfEachFileGivesItsDay() {
        let log = "@2021-03-04\nprocess/02-second.md\n\n@2020-01-02\nprocess/02-second.md\ntopics/beta.md\n"
        #expect(
            CommitDays.parse(log) == [
                "process/02-second.md": CalendarDate(year: 2021, month: 3, day: 4)!,
                "topics/beta.md": CalendarDate(year: 2020, month: 1, day: 2)!,
            ])
    }

    func git(_ arguments: [String], in directory: URL, date: String = "2020-01-02T12:00:00Z") throws {
        let result = try TestSupport.run(
            "/usr/bin/env",
            [
                "GIT_AUTHOR_DATE=\(date)", "GIT_COMMITTER_DATE=\(date)", "git", "-c", "user.name=Test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
            ] + arguments,
            in: directory)
        #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    }

    @Test(.enabled(if: hasGit || TestSupport.toolsRequired))
    func guidesAndChaptersTakeTheDayOfTheirLastCommit() async throws {
        let root = TestSupport.temporaryDirectory()
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestSupport.minimalContent, to: content)
        try git(["init", "-q"], in: root)
        try git(["add", "."], in: root)
        try git(["commit", "-q", "-m", "first"], in: root)
        let chapter = content.appendingPathComponent("process/02-second.md")
        try (try String(contentsOf: chapter, encoding: .utf8) + "\nMore.\n").write(
            to: chapter, atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-a", "-m", "second"], in: root, date: "2021-03-04T12:00:00Z")

        var options = BuildOptions(
            contentDirectory: content.path, themesDirectory: TestSupport.defaultTheme.path,
            outputDirectory: root.appendingPathComponent("output").path)
        options.datesFromGit = true
        #expect(await Build.run(options).succeeded)
        func page(_ path: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent("output/" + path), encoding: .utf8)
        }
        #expect(try page("topics/beta/index.html").contains("<time datetime=\"2020-01-02\">2 January 2020</time>"))
        #expect(try page("topics/alpha/index.html").contains("<time datetime=\"2016-05-01\">"), "updated: wins")
        #expect(try page("process/second/index.html").contains("<time datetime=\"2021-03-04\">4 March 2021</time>"))
        #expect(try page("sitemap.xml").contains("/process/second/</loc><lastmod>2021-03-04</lastmod>"))

        // The same commit, dated again: no file changes, the page does.
        try git(["commit", "-q", "--amend", "--no-edit"], in: root, date: "2022-07-08T12:00:00Z")
        #expect(await Build.run(options).succeeded)
        #expect(try page("process/second/index.html").contains("<time datetime=\"2022-07-08\">8 July 2022</time>"))

        // Without the option, or outside a repository, no day but the front matter's.
        options.datesFromGit = false
        options.outputDirectory = root.appendingPathComponent("plain").path
        #expect(await Build.run(options).succeeded)
        let plain = try String(
            contentsOf: root.appendingPathComponent("plain/topics/beta/index.html"), encoding: .utf8)
        #expect(!plain.contains("Last updated"))
        #expect(CommitDays.below(TestSupport.temporaryDirectory().path) == nil)

        // Asked for where there is no history: a warning, so that --strict refuses it.
        let elsewhere = TestSupport.temporaryDirectory().appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestSupport.minimalContent, to: elsewhere)
        var outside = BuildOptions(
            contentDirectory: elsewhere.path, themesDirectory: TestSupport.defaultTheme.path, outputDirectory: nil)
        outside.datesFromGit = true
        let report = await Build.run(outside)
        #expect(
            report.diagnostics.map(\.message) == [
                "--dates-from-git: '\(elsewhere.path)' is not in a git repository (or git is not installed), "
                    + "so no page is dated from its history"
            ])
    }
}
