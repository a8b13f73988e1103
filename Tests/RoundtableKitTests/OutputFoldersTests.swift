import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// What a build with nothing to do looks at: output/'s folders grouped by parent, their status,
/// and the summary at the head of the build cache.
@Suite struct OutputFoldersTests {
    @Test func foldersAreGroupedByTheFolderThatHoldsThem() {
        let folders = OutputFolders(holding: [
            "index.html", "topics/beta/index.html", "topics/alpha/index.html", "rounds/1/pack/index.html",
            "topics/index.html",
        ])
        let groups = folders.groups.map { group in
            (group.parent, group.names.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
        }
        #expect(groups.map(\.0) == ["", "rounds", "rounds/1", "topics"])
        #expect(groups.map(\.1) == [["rounds", "topics"], ["1"], ["pack"], ["alpha", "beta"]])
    }

    @Test func theStatusChangesWhenAFileIsAddedAndIsNilWhenAFolderIsGone() throws {
        let output = TestSupport.temporaryDirectory()
        let paths = ["index.html", "topics/alpha/index.html", "topics/beta/index.html"]
        for path in paths {
            let file = output.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: file)
        }
        let folders = OutputFolders(holding: paths)
        let before = try #require(folders.digest(of: output.path))
        #expect(folders.digest(of: output.path) == before)
        let added = output.appendingPathComponent("topics/beta/notes.txt")
        try Data("by hand".utf8).write(to: added)
        #expect(folders.digest(of: output.path) != before)
        try FileManager.default.removeItem(at: added)
        try FileManager.default.removeItem(at: output.appendingPathComponent("topics/alpha"))
        #expect(folders.digest(of: output.path) == nil)
    }

    @Test func theSummaryIsReadAloneAndADamagedOneIsRefused() async throws {
        let project = try IncrementalBuildTests.Project()
        _ = try project.agedAndCounted()
        #expect(await project.build().succeeded)
        let summary = try #require(BuildCache.Summary.load(forOutput: project.output.path))
        #expect(summary == BuildCache.load(forOutput: project.output.path)?.summary)
        #expect(summary.pageCount == 16 && summary.inputStatus != nil && summary.outputFolderStatus != nil)
        let file = BuildCache.location(forOutput: project.output.path).file
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        // Inside the summary, past the magic, the version and the summary's length.
        let header = 8 + BuildCache.magic.utf8.count + 8 + RoundtableVersion.buildIdentity.utf8.count + 8
        bytes[header + 8] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: file))
        #expect(BuildCache.Summary.load(forOutput: project.output.path) == nil)
        #expect(BuildCache.load(forOutput: project.output.path) == nil)
    }
}
