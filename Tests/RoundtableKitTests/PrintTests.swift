import Foundation
import Testing

@testable import RoundtableKit

/// The pages made to be printed: a round's pack (its dates and every guide of its schedule) and
/// the whole handbook on one page.
@Suite struct PrintTests {
    static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    /// No id twice, every `#fragment` link lands on the page, and the outline skips no level.
    static func expectWellFormed(_ html: String, _ path: String) {
        let ids = matches(#" id="([^"]+)""#, in: html)
        #expect(Set(ids).count == ids.count, "\(path) repeats an id")
        for fragment in matches(##"href="#([^"]+)""##, in: html) {
            #expect(ids.contains(fragment), "\(path) links to #\(fragment), which it lacks")
        }
        let levels = matches(#"<h([1-6])[ >]"#, in: html).map { Int($0)! }
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "\(path): an <h\(next)> follows an <h\(previous)>")
        }
    }

    @Test func aRoundsPackHoldsItsDatesAndEveryGuideInScheduleOrder() async throws {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("demo")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)
        let pack = try String(
            contentsOf: output.appendingPathComponent("rounds/2015A/pack/index.html"), encoding: .utf8)
        #expect(pack.contains("<title>Round 2015A: the topic guides · International Librarians Network</title>"))
        #expect(
            pack.contains("<meta name=\"robots\" content=\"noindex\">"), "search engines index the guides' own pages")
        #expect(pack.contains("<dt>Applications close</dt><dd><time datetime=\"2015-02-15\">15 February 2015</time>"))
        let guides = Self.matches(#"<section class="print-part" id="([^"]+)">"#, in: pack)
        #expect(
            guides == [
                "getting-to-know-you", "library-spaces", "diverse-communities", "negotiation", "library-advocacy",
                "games-in-libraries", "management-and-leadership", "professional-development",
                "reflection-and-what-next",
            ])
        #expect(
            pack.contains("<p class=\"eyebrow\">Week 1 · <time datetime=\"2015-03-01\">"))
        #expect(
            pack.contains("<h3 id=\"library-spaces--space-is-never-neutral\">"), "headings prefixed and below the guide"
        )
        #expect(pack.contains("href=\"../../../topics/getting-to-know-you/\""), "a guide's title links to its page")
        Self.expectWellFormed(pack, "rounds/2015A/pack/")

        let round = try String(contentsOf: output.appendingPathComponent("rounds/2015A/index.html"), encoding: .utf8)
        #expect(round.contains("<p class=\"print-link\"><a href=\"../../rounds/2015A/pack/\">"))
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(!sitemap.contains("/pack/") && !sitemap.contains("/process/print/"))

        let handbook = try String(
            contentsOf: output.appendingPathComponent("process/print/index.html"), encoding: .utf8)
        #expect(Self.matches(#"<section class="print-part" id="([^"]+)">"#, in: handbook).count == 13)
        #expect(handbook.contains("<p class=\"eyebrow\">Chapter 13</p>"))
        #expect(handbook.contains("rel=\"license\""), "the licence is stated once, at the end")
        Self.expectWellFormed(handbook, "process/print/")
        let index = try String(contentsOf: output.appendingPathComponent("process/index.html"), encoding: .utf8)
        #expect(index.contains("<p class=\"print-link\"><a href=\"../process/print/\">"))
    }

    /// A link inside a body to one of its own headings follows the heading's new id.
    @Test func aLinkToAHeadingOfTheSameGuideFollowsItIntoThePack() async throws {
        var files = TestSupport.minimalSite()
        files["content/topics/alpha.md"]! += "\nSee [below](#later).\n\n## Later\n\nText.\n"
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let packs = report.files.filter { $0.path.hasSuffix("/pack/index.html") }
        let pack = try #require(packs.first { String(decoding: $0.bytes, as: UTF8.self).contains("id=\"alpha\"") })
        let html = String(decoding: pack.bytes, as: UTF8.self)
        #expect(html.contains("<a href=\"#alpha--later\">below</a>"))
        #expect(html.contains("<h3 id=\"alpha--later\">"))
        Self.expectWellFormed(html, pack.path)
    }
}
