import Foundation
import Markdown
import Testing

/// Apart from heading ids, a body renders byte for byte as the `cmark` command of the same
/// library renders it: on a sample of every CommonMark construct and on every demo-site body.
@Suite struct CmarkComparisonTests {
    static let cmark: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/cmark"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var required: Bool { ProcessInfo.processInfo.environment["ROUNDTABLE_REQUIRE_TOOLS"] == "1" }

    static let samples: [String] = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let root = here.deletingLastPathComponent().deletingLastPathComponent()
        var paths = [here.appendingPathComponent("Samples/commonmark-variety.md")]
        for folder in ["content/topics", "content/process", "content/pages"] {
            let directory = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            paths += names.filter { $0.hasSuffix(".md") }.sorted().map { directory.appendingPathComponent($0) }
        }
        return paths.map(\.path)
    }()

    @Test(.enabled(if: cmark != nil || required), arguments: samples)
    func rendersAsTheCmarkCommand(path: String) throws {
        let cmark = try #require(Self.cmark, "the cmark command is not installed (apt-get install cmark)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for smart in [false, true] {
            let ours = MarkdownDocument.render(text, options: MarkdownOptions(smartPunctuation: smart)).html
            let theirs = try Self.run(cmark, smart ? ["--smart", path] : [path])
            #expect(Self.withoutHeadingIDs(ours) == theirs, "\(path) (smart: \(smart))")
        }
    }

    @Test func thereAreEnoughSamples() {
        #expect(Self.samples.count >= 25)
    }

    static func withoutHeadingIDs(_ html: String) -> String {
        html.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
