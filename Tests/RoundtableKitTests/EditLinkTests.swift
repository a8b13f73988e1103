import Foundation
import IncrementalBuild
import Testing

@testable import RoundtableKit

/// `edit_paths` points "Suggest a change" at files that live outside content/ in their repository.
@Suite struct EditLinkTests {
    @Test func theLongestMatchingFolderDecidesAndOthersKeepTheirContentPath() async throws {
        var files = TestSupport.minimalSite()
        files["content/site.yaml"] = files["content/site.yaml"]!.replacingOccurrences(
            of: "edit_url: https://example.org/edit/{path}\n",
            with: """
                edit_url: https://example.org/edit/{path}
                edit_paths:
                  "": site/
                  process/: docs/handbook/

                """)
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let chapter = try TestSupport.text("process/first/index.html", in: report)
        #expect(chapter.contains(#"href="https://example.org/edit/docs/handbook/01-first.md""#))
        let topic = try TestSupport.text("topics/alpha/index.html", in: report)
        #expect(topic.contains(#"href="https://example.org/edit/site/topics/alpha.md""#))
    }

    @Test func withoutAMappingThePathIsTheOneInsideContent() {
        let link = EditLink(pattern: "https://example.org/e/{path}", paths: [])
        #expect(link.url(for: "process/01-first.md") == "https://example.org/e/process/01-first.md")
    }

    @Test func aMappingWithoutEditURLIsAnError() async {
        var files = TestSupport.minimalSite()
        files["content/site.yaml"] = files["content/site.yaml"]!.replacingOccurrences(
            of: "edit_url: https://example.org/edit/{path}\n", with: "edit_paths:\n  process/: docs/\n")
        let report = await TestSupport.check(files)
        #expect(
            DiagnosticFormatter.format(report.diagnostics).contains(
                "error: 'edit_paths' maps the {path} of 'edit_url', which is missing"))
    }
}
