import Foundation
import IncrementalBuild
import Testing

@testable import RoundtableKit

/// `anchors:` gives a heading the id an old link uses, leaving the Markdown plain CommonMark.
@Suite struct HeadingAnchorTests {
    static func site(anchors: String) -> [String: String] {
        var files = TestSupport.minimalSite()
        files["content/process/02-second.md"] = """
            ---
            title: Second chapter
            summary: What comes next.
            anchors:
            \(anchors)
            ---
            ## Timeline

            ## What is Google Summer of Code?

            Back to [the start](01-first.md).

            """
        files["content/process/01-first.md"] = files["content/process/01-first.md"]!.replacingOccurrences(
            of: "02-second.md#timeline", with: "02-second.md#when")
        return files
    }

    @Test func aHeadingTakesTheChosenIdAndLinksToItAreChecked() async throws {
        let report = await TestSupport.check(
            Self.site(anchors: "  timeline: when\n  what-is-google-summer-of-code: what-is-gsoc"))
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let file = try #require(report.files.first { $0.path == "process/second/index.html" })
        let html = String(decoding: file.bytes, as: UTF8.self)
        #expect(html.contains(#"<h2 id="when">Timeline"#))
        #expect(html.contains(#"<h2 id="what-is-gsoc">What is Google Summer of Code?"#))
        let print = try #require(report.files.first { $0.path == "process/print/index.html" })
        #expect(String(decoding: print.bytes, as: UTF8.self).contains(#"id="second--when""#))
    }

    @Test func anAnchorForNoHeadingIsAnErrorWithTheIdsThePageHas() async {
        let report = await TestSupport.check(Self.site(anchors: "  timline: when"))
        let text = DiagnosticFormatter.format(report.diagnostics)
        #expect(
            text.contains(
                "content/process/02-second.md:5:3: error: 'anchors' names 'timline', but no heading of this page "
                    + "has that id"), "\(text)")
        #expect(text.contains("timeline"))
    }

    @Test func anIdAnotherHeadingHasIsAnError() async {
        let report = await TestSupport.check(Self.site(anchors: "  timeline: what-is-google-summer-of-code"))
        #expect(
            DiagnosticFormatter.format(report.diagnostics).contains(
                "error: 'anchors' gives a heading the id 'what-is-google-summer-of-code', which another heading of "
                    + "this page has"))
    }
}
