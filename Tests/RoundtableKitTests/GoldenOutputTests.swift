import Foundation
import RoundtableKit
import Testing

/// The minimal fixture site's output, file by file, against `Fixtures/golden/minimal/`.
/// After an intended change, regenerate with `ROUNDTABLE_UPDATE_GOLDEN=1 swift test --filter Golden`
/// and review the diff.
@Suite struct GoldenOutputTests {
    static let goldenDirectory = TestSupport.fixtures.appendingPathComponent("golden/minimal")

    @Test func minimalSiteMatchesItsGoldenFiles() async throws {
        let report = await TestSupport.check(TestSupport.minimalSite())
        #expect(report.diagnostics.isEmpty, "\(DiagnosticFormatter.format(report.diagnostics))")
        let rendered = report.files.filter { !$0.path.hasPrefix("assets/") }
        if ProcessInfo.processInfo.environment["ROUNDTABLE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.goldenDirectory)
            for file in rendered {
                let url = Self.goldenDirectory.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.bytes.write(to: url)
            }
        }
        let goldenPaths = FileSystem.disk.listFiles(Self.goldenDirectory.path)
        #expect(rendered.map(\.path) == goldenPaths)
        for file in rendered {
            let golden = try String(contentsOf: Self.goldenDirectory.appendingPathComponent(file.path), encoding: .utf8)
            #expect(String(decoding: file.bytes, as: UTF8.self) == golden, "\(file.path) differs from its golden file")
        }
    }

    @Test func theSameInputGivesByteIdenticalOutput() async {
        let first = await TestSupport.check(TestSupport.minimalSite())
        let second = await TestSupport.check(TestSupport.minimalSite())
        #expect(first.files == second.files)
        #expect(!first.files.isEmpty)
    }

    @Test func draftsAreBuiltOnlyWhenAskedFor() async {
        let without = await TestSupport.check(TestSupport.minimalSite())
        let with = await TestSupport.check(TestSupport.minimalSite(), drafts: true)
        #expect(!without.files.contains { $0.path == "topics/draft/index.html" })
        #expect(with.files.contains { $0.path == "topics/draft/index.html" })
    }
}
