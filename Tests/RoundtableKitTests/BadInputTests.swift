import Foundation
import IncrementalBuild
import RoundtableKit
import Testing

/// Input that is not what a volunteer meant to write still gives a clear diagnostic or the right
/// output, never a crash.
@Suite struct BadInputTests {
    private func check(_ overrides: [String: Data]) async -> BuildReport {
        var files = TestSupport.minimalSite().mapValues { Data($0.utf8) }
        files.merge(overrides) { _, new in new }
        return await Build.run(
            BuildOptions(contentDirectory: "content", themesDirectory: "themes", outputDirectory: nil),
            fileSystem: .memory(bytes: files)
        )
    }

    @Test func nonUTF8FileIsReportedWithItsLine() async {
        let report = await check([
            "content/topics/latin1.md": Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8)
        ])
        #expect(
            DiagnosticFormatter.format(report.diagnostics)
                == "content/topics/latin1.md:2:1: error: file is not valid UTF-8 (first bad byte on line 2); save "
                + "it as UTF-8\n"
        )
    }

    @Test func byteOrderMarkAndCRLFLineEndingsAreRead() async throws {
        let text =
            "\u{FEFF}---\r\ntitle: Windows\r\nsummary: Saved by Notepad.\r\ntags: [a]\r\n---\r\n## "
            + "Heading\r\n\r\nSee [Beta](beta.md).\r\n"
        let report = await check(["content/topics/windows.md": Data(text.utf8)])
        #expect(report.diagnostics.isEmpty, "\(DiagnosticFormatter.format(report.diagnostics))")
        let page = try #require(report.files.first { $0.path == "topics/windows/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(html.contains("<title>Windows · Minimal Network</title>"))
        #expect(
            html.contains(
                ##"<h2 id="heading">Heading <a class="heading-link" href="#heading" "##
                    + ##"aria-label="Link to this section: Heading">#</a></h2>"## + "\n"
                    + #"<p>See <a href="../../topics/beta/">Beta</a>.</p>"#))
    }

    @Test func crlfFileReportsTheRightLineAndColumn() async {
        let text = "---\r\ntitle: T\r\nsummary: S\r\ntags: [a]\r\n---\r\nText\r\n[x](nothing.md)\r\n"
        let report = await check(["content/topics/crlf.md": Data(text.utf8)])
        #expect(
            DiagnosticFormatter.format(report.diagnostics) == """
                content/topics/crlf.md:7:1: error: broken link 'nothing.md': content/topics/nothing.md does not exist
                    [x](nothing.md)
                    ^

                """)
    }

    @Test func emptyFileAndBinaryNoiseAreDiagnosed() async {
        let report = await check([
            "content/topics/empty.md": Data(),
            "content/pages/noise.md": Data([0x00, 0x01, 0x02, 0xFF]),
            "content/rounds/2017A.yaml": Data(),
        ])
        #expect(
            DiagnosticFormatter.format(report.diagnostics) == """
                content/pages/noise.md:1:1: error: file is not valid UTF-8 (first bad byte on line 1); save it as UTF-8
                content/rounds/2017A.yaml:1:1: error: round file is empty
                    
                    ^
                content/topics/empty.md:1:1: error: this file must start with front matter: a line '---', the fields\
                 (title: …), and another '---'
                    
                    ^

                """)
    }

    @Test func deeplyNestedInputIsHandled() async {
        let deepYAML = "---\ntitle: T\nsummary: S\ntags: " + String(repeating: "[", count: 5_000) + "\n---\n"
        let deepMarkdown =
            "---\ntitle: T\nsummary: S\ntags: [a]\n---\n" + String(repeating: "> ", count: 10_000) + "deep\n"
            + (0..<10_000).map { String(repeating: " ", count: min($0, 200)) + "- item" }.joined(separator: "\n")
        let report = await check([
            "content/topics/deep-yaml.md": Data(deepYAML.utf8),
            "content/topics/deep-markdown.md": Data(deepMarkdown.utf8),
        ])
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.location?.file == "content/topics/deep-yaml.md")
        #expect(report.diagnostics.first?.message.hasPrefix("malformed YAML") == true)
    }

    @Test func longLinesAreCutAroundTheColumn() {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let diagnostic = Diagnostic(
            .error, "here", at: SourceLocation(file: "f", line: 1, column: 301), sourceLine: line)
        let lines = DiagnosticFormatter.format(diagnostic).split(separator: "\n")
        #expect(lines[1].count <= 110)
        let caretOffset = lines[2].distance(from: lines[2].startIndex, to: lines[2].firstIndex(of: "^")!)
        #expect(Array(lines[1])[caretOffset] == "X")
    }
}
