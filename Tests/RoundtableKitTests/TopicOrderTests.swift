import Foundation
import IncrementalBuild
import Testing

@testable import RoundtableKit

/// Topic guides keep a reading order (`order:`), and the topic index can list them in it.
@Suite struct TopicOrderTests {
    static func site(inOrder: Bool) -> [String: String] {
        var files = TestSupport.minimalSite()
        files["content/topics/beta.md"] = files["content/topics/beta.md"]!.replacingOccurrences(
            of: "title: Beta\n", with: "title: Beta\norder: 1\n")
        if inOrder { files["content/site.yaml", default: ""] += "topics_index: in_order\n" }
        return files
    }

    static func cardTitles(_ html: String) -> [String] {
        html.components(separatedBy: "<li class=\"card\">\n<h3><a href=\"").dropFirst().map {
            String($0.split(separator: ">", maxSplits: 1)[1].prefix { $0 != "<" })
        }
    }

    @Test func guidesWithAnOrderComeFirstAndTheIndexCanListThemInIt() async throws {
        let report = await TestSupport.check(Self.site(inOrder: true))
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let index = try #require(report.files.first { $0.path == "topics/index.html" })
        let html = String(decoding: index.bytes, as: UTF8.self)
        #expect(html.contains(#"<h2 id="in-order">The guides in reading order</h2>"#))
        #expect(Self.cardTitles(html) == ["Beta", "Alpha &amp; Omega"])
        #expect(!html.contains("tag-reflection"), "no tag groups")
    }

    @Test func byTagIsTheDefaultAndKeepsTheOrderInsideEachGroup() async throws {
        let report = await TestSupport.check(Self.site(inOrder: false))
        let index = try #require(report.files.first { $0.path == "topics/index.html" })
        let html = String(decoding: index.bytes, as: UTF8.self)
        let reflection = try #require(html.components(separatedBy: #"<h2 id="tag-reflection">"#).last)
        #expect(Self.cardTitles(reflection).prefix(2) == ["Beta", "Alpha &amp; Omega"])
    }

    @Test func anUnknownIndexLayoutIsAnErrorThatNamesTheChoices() async {
        var files = TestSupport.minimalSite()
        files["content/site.yaml", default: ""] += "topics_index: ordered\n"
        let report = await TestSupport.check(files)
        #expect(
            DiagnosticFormatter.format(report.diagnostics).contains(
                "error: 'topics_index' must be 'by_tag' or 'in_order', not 'ordered'"))
    }
}
