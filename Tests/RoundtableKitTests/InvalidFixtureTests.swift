import Foundation
import RoundtableKit
import Testing

/// One fixture per kind of bad input. Each `Fixtures/invalid/<case>.txt` holds files that replace
/// or join those of the minimal site (`-- content/topics/x.md --` blocks) and, after
/// `-- expected --`, the exact diagnostics the build must print; with warnings only, it must succeed.
/// `ROUNDTABLE_UPDATE_GOLDEN=1` rewrites the expected part from what the build prints.
@Suite struct InvalidFixtureTests {
    static let cases: [String] = {
        let directory = TestSupport.fixtures.appendingPathComponent("invalid")
        return FileSystem.disk.listFiles(directory.path).filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
    }()

    @Test(arguments: cases)
    func diagnostic(name: String) async throws {
        let url = TestSupport.fixtures.appendingPathComponent("invalid/\(name).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let fixture = FixtureFile.parse(text)
        var files = TestSupport.minimalSite()
        for (path, content) in fixture.files {
            if content == "(deleted)\n" { files[path] = nil } else { files[path] = content }
        }
        let report = await TestSupport.check(files)
        // A fixture that expects only warnings expects the build to succeed.
        #expect(report.succeeded == !fixture.expected.contains(": error: "))
        let unchecked = report.unchecked.map { "note: \($0)\n" } ?? ""
        let printed = DiagnosticFormatter.format(report.diagnostics) + unchecked
        if ProcessInfo.processInfo.environment["ROUNDTABLE_UPDATE_GOLDEN"] == "1" {
            let marker = "-- expected --\n"
            let head = text.range(of: marker).map { String(text[..<$0.upperBound]) } ?? text + marker
            try (head + printed).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(printed == fixture.expected)
    }

    @Test func thereIsAFixtureForEveryDocumentedCase() {
        #expect(Self.cases.count >= 15)
    }
}

/// `-- path --` blocks, Hugo's txtar-like way of declaring a site inline.
struct FixtureFile {
    var files: [(String, String)] = []
    var expected = ""

    static func parse(_ text: String) -> FixtureFile {
        var fixture = FixtureFile()
        var currentName: String?
        var currentLines: [Substring] = []
        func flush() {
            guard let name = currentName else { return }
            let body = currentLines.map { $0 + "\n" }.joined()
            if name == "expected" { fixture.expected = body } else { fixture.files.append((name, body)) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                currentName = String(line.dropFirst(3).dropLast(3))
                currentLines = []
            } else if currentName != nil {
                currentLines.append(line)
            }
        }
        if currentLines.last == "" { currentLines.removeLast() }
        flush()
        return fixture
    }
}
