import Foundation
import IncrementalBuild
import Testing

@testable import RoundtableKit

/// A chapter or page without `summary:` is summarised by its first paragraph.
@Suite struct SummaryFallbackTests {
    @Test func aLongParagraphIsShortenedAtAWordBoundary() {
        let words = String(repeating: "peer mentoring, ", count: 20).split(separator: " ")
        let summary = SummaryFallback.shortened(words)
        #expect(summary.count <= SummaryFallback.maximumLength)
        #expect(summary.hasSuffix("mentoring…") || summary.hasSuffix("peer…"), "no comma before the ellipsis")
        #expect(SummaryFallback.shortened(["Short", "and", "whole."]) == "Short and whole.")
    }

    @Test func theFirstTopLevelParagraphBecomesTheSummaryEverywhereOneIsShown() async throws {
        var files = TestSupport.minimalSite()
        files["content/process/02-second.md"] = """
            ---
            title: Second chapter
            ---
            ## Timeline

            > Not this quotation.

            Pairs talk *every other week*, in [their own](01-first.md) `time`.
            """
        let report = await TestSupport.check(files)
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.severity) == [.note])
        let summary = "Pairs talk every other week, in their own time."
        let chapter = try #require(report.files.first { $0.path == "process/second/index.html" })
        #expect(
            String(decoding: chapter.bytes, as: UTF8.self).contains(#"<meta name="description" content="\#(summary)">"#)
        )
        let index = try #require(report.files.first { $0.path == "process/index.html" })
        #expect(String(decoding: index.bytes, as: UTF8.self).contains(summary))
    }

    @Test func aNoteDoesNotFailAStrictBuild() async {
        var files = TestSupport.minimalSite()
        files["content/pages/about.md"] = "---\ntitle: About\n---\nWho we are.\n"
        var options = BuildOptions(
            contentDirectory: "content", themesDirectory: "themes", outputDirectory: nil, includeDrafts: false)
        options.strict = true
        let report = await Build.run(options, fileSystem: .memory(files))
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(report.diagnostics.map(\.severity) == [.note])
    }
}
