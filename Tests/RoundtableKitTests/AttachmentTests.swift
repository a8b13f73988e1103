import Foundation
import Testing

@testable import RoundtableKit

/// Images and other files beside the content: linked relative to the Markdown file, published
/// once at their path inside content/, and only when a page links to them.
@Suite struct AttachmentTests {
    static let photo = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF])

    /// The minimal site with a photo, a handout beside a topic, a file no page links to, and a
    /// topic that links them all (and two folders) the way a volunteer writes them.
    static func project() throws -> (content: URL, output: URL) {
        let root = TestSupport.temporaryDirectory()
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestSupport.minimalContent, to: content)
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("images"), withIntermediateDirectories: true)
        try photo.write(to: content.appendingPathComponent("images/desk.png"))
        try photo.write(to: content.appendingPathComponent("images/my desk.png"))
        try Data("%PDF-1.4 handout".utf8).write(to: content.appendingPathComponent("topics/handout.pdf"))
        try Data("not linked".utf8).write(to: content.appendingPathComponent("images/unused.png"))
        try """
        ---
        title: Beta
        summary: A second topic.
        tags: [reflection]
        ---
        ![A help desk](../images/desk.png) and ![another](../images/my%20desk.png).

        Print [the handout](handout.pdf#page=2), browse [all topics](./) or go [home](../).
        """.write(to: content.appendingPathComponent("topics/beta.md"), atomically: true, encoding: .utf8)
        return (content, root.appendingPathComponent("output"))
    }

    @Test func aLinkedFileIsPublishedOnceAndTheLinkResolvesFromThePage() async throws {
        let (content, output) = try Self.project()
        let report = await TestSupport.build(content: content, into: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(
            FileManager.default.contents(atPath: output.appendingPathComponent("images/desk.png").path) == Self.photo)
        #expect(
            FileManager.default.contents(atPath: output.appendingPathComponent("images/my desk.png").path) == Self.photo
        )
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("topics/handout.pdf").path))
        let html = try String(contentsOf: output.appendingPathComponent("topics/beta/index.html"), encoding: .utf8)
        #expect(html.contains(#"<img src="../../images/desk.png" alt="A help desk" />"#))
        #expect(html.contains(#"src="../../images/my%20desk.png""#))
        #expect(html.contains(#"<a href="../../topics/handout.pdf#page=2">the handout</a>"#))
        #expect(html.contains(#"<a href="../../topics/">all topics</a>"#))
        #expect(html.contains(#"<a href="../../">home</a>"#))
        #expect(LinkProbe.brokenLinks(in: output) == [])
    }

    @Test func aFileNoPageLinksToIsNotPublished() async throws {
        let (content, output) = try Self.project()
        #expect(await TestSupport.build(content: content, into: output).succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("images/unused.png").path))
        // Nor is any Markdown, YAML or pair file: only what pages are made of reaches the site.
        let published = FileSystem.disk.listFiles(output.path)
        #expect(!published.contains { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") || $0.hasSuffix(".csv") })
    }

    @Test func aRebuildCopiesAReplacedFileAndReportsADeletedOne() async throws {
        let (content, output) = try Self.project()
        #expect(await TestSupport.build(content: content, into: output).succeeded)
        let newPhoto = Data("a new photo".utf8)
        try newPhoto.write(to: content.appendingPathComponent("images/desk.png"))
        #expect(await TestSupport.build(content: content, into: output).succeeded)
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("images/desk.png").path) == newPhoto)

        try FileManager.default.removeItem(at: content.appendingPathComponent("images/desk.png"))
        let report = await TestSupport.build(content: content, into: output)
        #expect(
            DiagnosticFormatter.format(report.diagnostics).hasPrefix(
                "\(content.path)/topics/beta.md:6:1: error: broken link '../images/desk.png': "
                    + "content/images/desk.png does not exist"))
        // The site is left as the last good build made it.
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("images/desk.png").path) == newPhoto)
    }

    @Test func theSameFileLinkedFromManyPagesIsCopiedOnce() async throws {
        var files = TestSupport.minimalSite()
        files["content/images/desk.png"] = "photo"
        files["content/topics/alpha.md"]! += "\n![A desk](../images/desk.png)\n"
        files["content/process/01-first.md"]! += "\n![The same desk](../images/desk.png)\n"
        let report = await TestSupport.check(files)
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(report.files.filter { $0.path == "images/desk.png" }.count == 1)
    }

    @Test func linksToFilesAreCheckedFromEveryKindOfContent() {
        let resolver = LinkResolver(
            routes: Routes(baseURL: BaseURL("https://example.org/")!, contentRoutes: [:]),
            attachments: ["images/desk.png", "rounds/2015A-poster.pdf"])
        #expect(
            resolver.resolve("images/desk.png", from: "site.yaml", on: Route(""))
                == .attachment(url: "images/desk.png", file: "images/desk.png"))
        #expect(
            resolver.resolve("2015A-poster.pdf", from: "rounds/2015A.yaml", on: Route("rounds/2015A/"))
                == .attachment(url: "../../rounds/2015A-poster.pdf", file: "rounds/2015A-poster.pdf"))
        #expect(
            resolver.resolve("../rounds/", from: "process/01-x.md", on: Route("process/x/"))
                == .index(url: "../../rounds/"))
        #expect(
            resolver.resolve("desk.png", from: "topics/alpha.md", on: Route("topics/alpha/"))
                == .broken(
                    message: "broken link 'desk.png': content/topics/desk.png does not exist",
                    note: "did you mean '../images/desk.png'?"))
        #expect(
            resolver.resolve("../images/dsek.png", from: "topics/alpha.md", on: Route("topics/alpha/"))
                == .broken(
                    message: "broken link '../images/dsek.png': content/images/dsek.png does not exist",
                    note: "did you mean '../images/desk.png'?"))
        #expect(
            resolver.resolve("../pairs/2015A.csv", from: "topics/alpha.md", on: Route("topics/alpha/"))
                == .broken(
                    message: "link '../pairs/2015A.csv' names content/pairs/2015A.csv, which is never published: "
                        + "pairs/ holds pair data, which the site shows only as statistics",
                    note: "to show what it holds, write a table in the Markdown, without names"))
    }
}
