import Foundation
import IncrementalBuild
import RoundtableKit
import Testing

/// Whole builds on disk: the fixture site and the demo site in content/, probed as a reader would.
@Suite struct EndToEndTests {
    @Test func fixtureSiteBuildsWithWorkingLinks() async throws {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("site")
        let report = await TestSupport.build(content: TestSupport.minimalContent, into: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(LinkProbe.brokenLinks(in: output) == [])
        let files = FileSystemWalker.files(below: output)
        #expect(files.contains("topics/alpha/index.html"))
        #expect(files.contains("rounds/2016A/index.html"))
        #expect(files.contains("process/second/index.html"))
        #expect(files.contains("about/index.html"))
        #expect(files.contains("assets/style.css"))
        #expect(files.contains(OutputPublisher.marker))
        #expect(!files.contains("topics/draft/index.html"))
        let topic = try String(contentsOf: output.appendingPathComponent("topics/alpha/index.html"), encoding: .utf8)
        #expect(topic.contains(#"<html lang="en-GB">"#))
        #expect(topic.contains(#"<link rel="canonical" href="https://example.org/network/topics/alpha/">"#))
        #expect(topic.contains(#"<a href="../../process/first/">the first chapter</a>"#))
        #expect(topic.contains(#"<time datetime="2016-02-29">29 February 2016</time>"#))
    }

    @Test func baseURLOptionChangesCanonicalURLsOnly() async throws {
        let files = TestSupport.minimalSite()
        let report = await Build.run(
            BuildOptions(
                contentDirectory: "content", themesDirectory: "themes", outputDirectory: nil,
                baseURL: "https://preview.example.net/x"),
            fileSystem: .memory(files)
        )
        let page = try #require(report.files.first { $0.path == "topics/beta/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(html.contains(#"href="https://preview.example.net/x/topics/beta/""#))
        #expect(html.contains(#"href="../../topics/alpha/#activity""#))
    }

    @Test func demoSiteBuildsCleanlyWithWorkingLinks() async throws {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("demo")
        let report = await TestSupport.build(content: TestSupport.demoContent, into: output)
        #expect(report.diagnostics.isEmpty, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(LinkProbe.brokenLinks(in: output) == [])
        let files = FileSystemWalker.files(below: output)
        #expect(files.filter { $0.hasPrefix("rounds/") && $0.hasSuffix("/index.html") }.count == 9 + 8, "with packs")
        #expect(files.filter { $0.hasPrefix("topics/") && $0.hasSuffix("/index.html") }.count >= 12)
        #expect(files.filter { $0.hasPrefix("process/") && $0.hasSuffix("/index.html") }.count >= 12)
        for page in ["about", "faq", "code-of-conduct", "privacy"] {
            #expect(files.contains("\(page)/index.html"))
        }
        let unknownRound = try String(
            contentsOf: output.appendingPathComponent("rounds/2016B/index.html"), encoding: .utf8)
        #expect(unknownRound.contains(#"<dt>Participants</dt><dd><span class="unknown">unknown</span></dd>"#))
        let knownRound = try String(
            contentsOf: output.appendingPathComponent("rounds/2016A/index.html"), encoding: .utf8)
        #expect(
            knownRound.contains(
                #"<dt>Participants</dt><dd><span data-figure="2016A:program.participants">1,162</span></dd>"#))
        #expect(
            knownRound.contains(#"<dt>Countries</dt><dd><span data-figure="2016A:program.countries">95</span></dd>"#))
    }
}
