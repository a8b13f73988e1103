import Foundation
import RoundtableKit
import SiteImport
import Testing

/// `roundtable import` on the fixture sites in `Fixtures/import/`: a Jekyll site with two guides
/// in sidebar sections, and an mdBook with parts, includes and a listing. The content each
/// becomes, and the notes it leaves, are pinned in `Fixtures/golden/import-<format>/`
/// (`ROUNDTABLE_UPDATE_GOLDEN=1` rewrites them); the imported site must build without a problem
/// and answer at every old address.
@Suite struct ImportTests {
    static func source(_ format: SiteImporter.Format) -> URL {
        TestSupport.fixtures.appendingPathComponent("import/" + format.rawValue)
    }

    @Test(arguments: SiteImporter.Format.allCases)
    func importMatchesItsGoldenFiles(format: SiteImporter.Format) throws {
        let source = Self.source(format)
        let result = SiteImporter.plan(
            format, source: source.path, into: TestSupport.temporaryDirectory().appendingPathComponent("content").path)
        var files = result.files.mapKeys { "content/" + $0 }
        files["notes.txt"] = Data(
            DiagnosticFormatter.format(result.diagnostics).replacingOccurrences(of: source.path, with: format.rawValue)
                .utf8)
        let golden = TestSupport.fixtures.appendingPathComponent("golden/import-" + format.rawValue)
        if ProcessInfo.processInfo.environment["ROUNDTABLE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for (path, data) in files {
                let url = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        #expect(files.keys.sorted() == FileSystem.disk.listFiles(golden.path))
        for (path, data) in files {
            let expected = try Data(contentsOf: golden.appendingPathComponent(path))
            #expect(data == expected, "\(path) differs from its golden file")
        }
    }

    /// Old address → the new page it must lead to.
    static let moves: [SiteImporter.Format: [String: String]] = [
        .jekyll: [
            "mentor/index.html": "process/mentor-guide-getting-started/welcome-mentors/",
            "mentor/first-meeting.html": "process/mentor-guide-getting-started/first-meeting/",
            "mentor/selecting.html": "process/mentor-guide-choosing/selecting/",
            "mentee/first-steps.html": "process/mentee-starting-out/first-steps/",
            "mentee/start.html": "process/mentee-starting-out/first-steps/",
            "mentee/goals/index.html": "process/mentee-starting-out/goals/",
            // Both sidebars say just `glossary`: each page's `sidebar:` tells them apart.
            "mentor/glossary.html": "process/mentor-guide-choosing/glossary/",
            "mentee/glossary.html": "process/mentee-starting-out/glossary/",
        ],
        .mdbook: [
            "before/recruiting.html": "process/before-the-round/recruiting/",
            "before/matching.html": "process/before-the-round/matching/",
            "before/time-zones.html": "process/before-the-round/time-zones/",
            "during/check-ins.html": "process/during-the-round/check-ins/",
            "during/schedule.html": "process/during-the-round/the-schedule/",
            "contributors.html": "process/contributors/",
        ],
    ]

    static let parts: [SiteImporter.Format: [String]] = [
        .jekyll: ["Mentee: Starting out", "Mentor Guide: Getting Started", "Mentor Guide: Choosing"],
        .mdbook: ["Before the round", "During the round"],
    ]

    /// Ids the old pages had that Roundtable would not give, kept by `anchors:`.
    static let keptAnchors: [SiteImporter.Format: (page: String, id: String)] = [
        .jekyll: ("process/mentor-guide-getting-started/first-meeting/index.html", "questions--answers"),
        .mdbook: ("process/before-the-round/matching/index.html", "step-1-sort_by-region"),
    ]

    @Test(arguments: SiteImporter.Format.allCases)
    func importedSiteBuildsAndAnswersAtEveryOldAddress(format: SiteImporter.Format) async throws {
        let folder = TestSupport.temporaryDirectory()
        let content = folder.appendingPathComponent("content")
        let result = SiteImporter.plan(format, source: Self.source(format).path, into: content.path)
        #expect(try SiteImporter.write(result, into: content.path).isEmpty)
        let output = folder.appendingPathComponent("output")
        let report = await TestSupport.build(content: content, into: output)
        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        let problems = report.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(DiagnosticFormatter.format(problems))")
        #expect(report.succeeded)
        for (old, new) in Self.moves[format]! {
            let redirect = try page(old)
            let target = try #require(redirect.firstMatch(of: /url=([^"]+)"/)?.1, "\(old) is no redirect")
            let base = URL(string: "https://example.org/" + old)!
            #expect(URL(string: String(target), relativeTo: base)?.absoluteString == "https://example.org/" + new)
            _ = try page(new + "index.html")
        }
        let handbook = try page("process/index.html")
        let positions = Self.parts[format]!.map {
            handbook.range(of: ">\($0.replacingOccurrences(of: "'", with: "&#39;"))<")?.lowerBound
        }
        #expect(!positions.contains(nil), "a part is missing from the handbook's index")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        let (anchorPage, anchor) = Self.keptAnchors[format]!
        #expect(try page(anchorPage).contains("id=\"\(anchor)\""))
    }

    @Test func importIntoAContentFolderAddsPartsAfterItsChapters() async throws {
        let folder = TestSupport.temporaryDirectory()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestSupport.minimalContent, to: content)
        let result = SiteImporter.plan(.mdbook, source: Self.source(.mdbook).path, into: content.path)
        #expect(result.files["site.yaml"] == nil)
        #expect(result.files.keys.contains("process/05-before-the-round/_part.yaml"))
        #expect(try SiteImporter.write(result, into: content.path).isEmpty)
        let output = folder.appendingPathComponent("output")
        let report = await TestSupport.build(content: content, into: output)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
        let handbook = try String(contentsOf: output.appendingPathComponent("process/index.html"), encoding: .utf8)
        #expect(handbook.contains("First chapter") && handbook.contains("Before the round"))
    }

    @Test func importReplacesNothing() throws {
        let content = TestSupport.temporaryDirectory().appendingPathComponent("content")
        let poster = content.appendingPathComponent("images/poster.png")
        try FileManager.default.createDirectory(
            at: poster.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: poster)
        let result = SiteImporter.plan(.mdbook, source: Self.source(.mdbook).path, into: content.path)
        #expect(try SiteImporter.write(result, into: content.path) == ["images/poster.png"])
        #expect(try Data(contentsOf: poster) == Data("mine".utf8))
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("process").path))
    }

    @Test func aBookWithoutSummaryIsAnError() throws {
        let book = TestSupport.temporaryDirectory()
        try Data("[book]\ntitle = \"T\"\n".utf8).write(to: book.appendingPathComponent("book.toml"))
        let result = SiteImporter.plan(.mdbook, source: book.path, into: book.appendingPathComponent("content").path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["no SUMMARY.md: an mdBook lists its chapters there"])
        #expect(errors.first?.location?.file == book.path + "/src/SUMMARY.md")
    }
}

extension Dictionary {
    fileprivate func mapKeys(_ transform: (Key) -> Key) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
