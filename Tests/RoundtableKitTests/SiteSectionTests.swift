import Foundation
import RoundtableKit
import Testing

/// A site without rounds, topic guides or a handbook shows no empty section for them.
@Suite struct SiteSectionTests {
    static let siteYAML = """
        title: Pages Only
        base_url: https://example.org/pages/
        description: A site with pages and nothing else.
        language: en
        intro: Welcome.

        """

    @Test func aSiteWithOnlyPagesHasNoEmptySections() async {
        var files = TestSupport.minimalSite().filter { !$0.key.hasPrefix("content/") }
        files["content/site.yaml"] = Self.siteYAML
        files["content/pages/about.md"] = "---\ntitle: About\nsummary: About us.\nmenu: 1\n---\nHello.\n"
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let paths = report.files.map(\.path).filter { !$0.hasPrefix("assets/") }
        #expect(
            paths == [
                "404.html", "about/index.html", "feed.xml", "index.html", "robots.txt", "search/index.html",
                "search/index.json", "sitemap.xml",
            ])
        let home = String(decoding: report.files.first { $0.path == "index.html" }!.bytes, as: UTF8.self)
        for absent in ["In figures", "0 rounds", "Latest topic guides", ">Rounds<", ">Topic guides<", ">Handbook<"] {
            #expect(!home.contains(absent), "the home page shows '\(absent)'")
        }
        #expect(home.contains("<li><a href=\"about/\">About</a></li>"))
        let notFound = String(decoding: report.files.first { $0.path == "404.html" }!.bytes, as: UTF8.self)
        #expect(notFound.contains("There is no page at this address. Try the <a href=\"/pages/\">home page</a>.</p>"))
        let sitemap = String(decoding: report.files.first { $0.path == "sitemap.xml" }!.bytes, as: UTF8.self)
        #expect(!sitemap.contains("rounds/") && !sitemap.contains("topics/") && !sitemap.contains("process/"))
    }

    @Test func aSiteWithoutTopicGuidesKeepsItsRounds() async {
        var files = TestSupport.minimalSite().filter { !$0.key.hasPrefix("content/topics/") }
        files["content/site.yaml"] = files["content/site.yaml"]!.replacingOccurrences(
            of: "Start with [Alpha](topics/alpha.md).", with: "")
        for path in ["content/rounds/2015A.yaml", "content/rounds/2016A.yaml"] {
            files[path] = files[path]!.components(separatedBy: "schedule:")[0]
                .replacingOccurrences(of: " It used [Alpha](../topics/alpha.md#questions).", with: "")
        }
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let home = String(decoding: report.files.first { $0.path == "index.html" }!.bytes, as: UTF8.self)
        #expect(home.contains("In figures") && home.contains(">Rounds<"))
        #expect(!home.contains("Latest topic guides") && !home.contains(">Topic guides<"))
        #expect(!report.files.contains { $0.path == "topics/index.html" })
    }

    /// `tags: []` does not hide a guide: the index lists it under a heading of its own.
    @Test func aGuideWithoutTagsIsStillOnTheTopicIndex() async throws {
        var files = TestSupport.minimalSite()
        files["content/topics/gamma.md"] = "---\ntitle: Gamma\nsummary: A guide with no tags.\ntags: []\n---\nBody.\n"
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let index = String(
            decoding: try #require(report.files.first { $0.path == "topics/index.html" }).bytes, as: UTF8.self)
        #expect(index.contains("<li><a href=\"#untagged\">Other guides</a></li>"))
        let section = try #require(index.components(separatedBy: "<h2 id=\"untagged\">Other guides</h2>").last)
        #expect(section.contains("href=\"../topics/gamma/\""))
        #expect(
            !index.replacingOccurrences(of: section, with: "").contains("href=\"../topics/gamma/\""),
            "only under its own heading"
        )
    }
}
