import Foundation
import IncrementalBuild
import Testing

@testable import RoundtableKit

/// process/ may hold one level of part folders: each part has a title and an order, its
/// chapters are numbered within it and published below its slug.
@Suite struct HandbookPartTests {
    static func chapter(_ title: String, _ body: String = "Text.") -> String {
        "---\ntitle: \(title)\nsummary: About \(title.lowercased()).\n---\n\(body)\n"
    }

    /// A chapter outside parts, a part with `_part.yaml` holding a file named like it, and a
    /// part named by its folder alone.
    static func site() -> [String: String] {
        var files = TestSupport.minimalSite()
        files["content/process/03-mentoring/_part.yaml"] = "title: Mentoring well\norder: 1\nsummary: For mentors.\n"
        files["content/process/03-mentoring/01-first.md"] = chapter(
            "First meeting", "Before it, read [the start](../01-first.md) and [the next one](02-agenda.md#items).")
        files["content/process/03-mentoring/02-agenda.md"] = chapter("Agenda", "## Items\n\nNone.")
        files["content/process/02-closing-a-round/01-wrap-up.md"] = chapter(
            "Wrap-up", "As in [the first meeting](../03-mentoring/01-first.md).")
        return files
    }

    @Test func partsArePublishedBelowTheirSlugAndTheSameFileNameInTwoPlacesIsFine() async throws {
        let report = await TestSupport.check(Self.site())
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let first = try TestSupport.text("process/mentoring/first/index.html", in: report)
        #expect(first.contains(#"<a href="../../../process/first/">the start</a>"#))
        #expect(first.contains(##"<a href="../../../process/mentoring/agenda/#items">the next one</a>"##))
        #expect(first.contains(#"<p class="eyebrow">Mentoring well · Chapter 1</p>"#))
        let wrapUp = try TestSupport.text("process/closing-a-round/wrap-up/index.html", in: report)
        #expect(wrapUp.contains(#"<a href="../../../process/mentoring/first/">the first meeting</a>"#))
        #expect(wrapUp.contains(#"<p class="eyebrow">Closing a round · Chapter 1</p>"#))
        #expect(
            try TestSupport.text("process/first/index.html", in: report).contains(#"<p class="eyebrow">Chapter 1</p>"#))
    }

    @Test func theIndexAndTheNavigationShowEachPartAsASectionInOrder() async throws {
        let report = await TestSupport.check(Self.site())
        let index = try TestSupport.text("process/index.html", in: report)
        let headings = index.components(separatedBy: #"<h2 id="part-"#).dropFirst().map { $0.prefix { $0 != "\n" } }
        #expect(
            headings == [
                #"mentoring"><a href="../process/mentoring/">Mentoring well</a></h2>"#,
                #"closing-a-round"><a href="../process/closing-a-round/">Closing a round</a></h2>"#,
            ])
        #expect(index.contains("<p>For mentors.</p>"))
        let nav = try TestSupport.text("process/mentoring/agenda/index.html", in: report)
        let sidebar = try #require(nav.components(separatedBy: "<nav class=\"sidebar\"").last)
        let part =
            "<h3><a href=\"../../../process/mentoring/\">Mentoring well</a></h3>\n<ol>\n"
            + "<li><a href=\"../../../process/mentoring/first/\">First meeting</a>"
        #expect(sidebar.contains(part))
        #expect(sidebar.contains(#"<a href="./" aria-current="page">Agenda</a>"#))
        // Reading order runs on from the chapters outside parts into the first part.
        let second = try TestSupport.text("process/second/index.html", in: report)
        #expect(second.contains(#"<a class="next" href="../../process/mentoring/first/" rel="next">"#))
    }

    /// `process/<part>/` is the part's own page, as a reader who shortens a chapter's address expects.
    @Test func eachPartHasAPageListingItsChapters() async throws {
        let report = await TestSupport.check(Self.site())
        let page = try TestSupport.text("process/mentoring/index.html", in: report)
        #expect(page.contains("<h1>Mentoring well</h1>\n<p>For mentors.</p>"))
        let chapters = page.components(separatedBy: #"<li><a href=""#).dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(
            chapters.filter { $0.contains("process/mentoring/") } == [
                "../../process/mentoring/first/", "../../process/mentoring/agenda/",
            ])
        #expect(!page.contains("Wrap-up</a> <span>"))
        let sitemap = try TestSupport.text("sitemap.xml", in: report)
        #expect(sitemap.contains("process/mentoring/</loc>"))
    }

    @Test func aChapterOutsidePartsCannotTakeAPartsAddress() async throws {
        var files = Self.site()
        files["content/process/05-mentoring.md"] = "---\ntitle: Mentoring\nsummary: x\n---\nx\n"
        let report = await TestSupport.check(files)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("process/mentoring/") && $0.severity == .error })
    }

    @Test func thePrintedHandbookKeepsChaptersOfTheSameNameApart() async throws {
        let report = await TestSupport.check(Self.site())
        let print = try TestSupport.text("process/print/index.html", in: report)
        #expect(print.contains(#"<section class="print-part" id="first">"#))
        #expect(print.contains(#"<section class="print-part" id="mentoring-first">"#))
        #expect(print.contains(##"href="#mentoring-agenda--items""##))
    }

    @Test func aChapterTwoFoldersDownIsAnErrorNotLeftOut() async {
        var files = TestSupport.minimalSite()
        files["content/process/03-mentoring/extra/01-deep.md"] = Self.chapter("Deep")
        files["content/process/_part.yaml"] = "title: Everything\n"
        let report = await TestSupport.check(files)
        let text = DiagnosticFormatter.format(report.diagnostics)
        #expect(
            text.contains(
                "content/process/03-mentoring/extra/01-deep.md:1:1: error: the handbook holds chapters in process/ and "
                    + "in one level of part folders (process/<part>/<chapter>.md); this file is further down"))
        #expect(
            text.contains(
                "content/process/_part.yaml:1:1: error: _part.yaml names a part of the handbook and belongs in the "
                    + "part's folder"))
    }

    @Test func twoFoldersWithTheSameSlugAreAnError() async {
        var files = TestSupport.minimalSite()
        files["content/process/03-mentoring/01-a.md"] = Self.chapter("A")
        files["content/process/mentoring/01-b.md"] = Self.chapter("B")
        let report = await TestSupport.check(files)
        #expect(
            DiagnosticFormatter.format(report.diagnostics).contains(
                "error: the handbook's parts process/03-mentoring/ and process/mentoring/ would both be published at "
                    + "process/mentoring/"))
    }
}
