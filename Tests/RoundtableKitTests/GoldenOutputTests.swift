import Foundation
import RoundtableKit
import Testing

/// Rendered output, file by file, against `Fixtures/golden/`: the minimal fixture site whole,
/// and the round pages of the protected one.
/// After an intended change, regenerate with `ROUNDTABLE_UPDATE_GOLDEN=1 swift test --filter Golden`
/// and review the diff.
@Suite struct GoldenOutputTests {
    @Test func minimalSiteMatchesItsGoldenFiles() async throws {
        let report = await TestSupport.check(TestSupport.minimalSite())
        #expect(report.diagnostics.isEmpty, "\(DiagnosticFormatter.format(report.diagnostics))")
        try Self.compare(report.files.filter { !$0.path.hasPrefix("assets/") }, with: "minimal")
    }

    /// Round pages whose statistics the disclosure policy cut back, left out as too few, or
    /// holds back until the round is closed: each says so in the theme's words.
    @Test func protectedRoundPagesMatchTheirGoldenFiles() async throws {
        let overlay = TestSupport.readTree(
            TestSupport.fixtures.appendingPathComponent("sites/protected/content"), prefix: "content")
        let report = await TestSupport.check(TestSupport.minimalSite().merging(overlay) { _, added in added })
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let warnings = report.diagnostics.map(\.message)
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.hasPrefix("round 2017A: to protect participants, its statistics leave out ") })
        #expect(warnings.contains { $0.hasPrefix("round 2017B: no pair statistics can be published") })
        #expect(warnings.contains { $0.hasPrefix("round 2017C is active") })
        try Self.compare(report.files.filter { $0.path.hasPrefix("rounds/2017") }, with: "protected")
    }

    /// The files against `golden/<name>/`, or, with `ROUNDTABLE_UPDATE_GOLDEN=1`, written there.
    static func compare(_ rendered: [OutputFile], with name: String) throws {
        let directory = TestSupport.fixtures.appendingPathComponent("golden/" + name)
        if ProcessInfo.processInfo.environment["ROUNDTABLE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: directory)
            for file in rendered {
                let url = directory.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.bytes.write(to: url)
            }
        }
        #expect(rendered.map(\.path) == FileSystem.disk.listFiles(directory.path))
        for file in rendered {
            let golden = try String(contentsOf: directory.appendingPathComponent(file.path), encoding: .utf8)
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
