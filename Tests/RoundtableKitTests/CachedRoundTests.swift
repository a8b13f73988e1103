import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// A round file whose bytes have not changed is not parsed again: the build cache holds its
/// fields. What the build makes of a remembered round must be what a fresh parse gives.
@Suite struct CachedRoundTests {
    typealias Project = IncrementalBuildTests.Project

    @Test func theCacheRemembersEveryRoundAsParsed() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        let cache = try #require(BuildCache.load(forOutput: project.output.path))
        #expect(cache.rounds.keys.sorted() == ["rounds/2015A.yaml", "rounds/2016A.yaml"])
        let round = try #require(cache.rounds["rounds/2016A.yaml"]?.parsed)
        #expect(round.name == "Round 2016A")
        #expect(
            [round.applicationsOpen, round.applicationsClose, round.start, round.end].map { $0.value?.iso }
                == ["2016-01-04", "2016-02-15", "2016-02-29", "2016-06-26"])
        #expect([round.participants, round.countries, round.pairs] == [.known(1162), .known(95), .known(581)])
        #expect(round.schedule.map(\.topic) == ["alpha", "beta"], "sorted by week")
        #expect(round.schedule.map(\.location.line) == [17, 15])
    }

    /// The remembered fields are used: a tampered memory shows up in the page (which is how
    /// this test knows the YAML was not parsed again), until the file itself changes.
    @Test func anUnchangedRoundFileIsTakenFromTheCache() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        var cache = try #require(BuildCache.load(forOutput: project.output.path))
        let round = try #require(cache.rounds["rounds/2016A.yaml"]?.parsed)
        cache.rounds["rounds/2016A.yaml"]?.parsed = Self.renamed(round, to: "Remembered name")
        try cache.save(forOutput: project.output.path)
        // A change to site.yaml renders every page again, with the rounds as remembered.
        try project.edit("site.yaml") {
            $0.replacingOccurrences(of: "title: Minimal Network", with: "title: Another Network")
        }
        #expect(await project.build().succeeded)
        #expect(try page(project, "rounds/2016A/index.html").contains("Remembered name"))

        try project.edit("rounds/2016A.yaml") { $0 + "\n" }
        #expect(await project.build().succeeded)
        #expect(!(try page(project, "rounds/2016A/index.html").contains("Remembered name")))
        #expect(IncrementalBuildTests.Project.tree(project.output) == (try await project.cleanBuild()))
    }

    /// A remembered round's schedule still points at its lines: a topic deleted later is
    /// reported where a build without a cache reports it.
    @Test func aRememberedRoundReportsWhereAFreshParseWould() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        try FileManager.default.removeItem(at: project.content.appendingPathComponent("topics/beta.md"))
        let cached = await project.build()
        let clean = await TestSupport.build(
            content: project.content, into: TestSupport.temporaryDirectory().appendingPathComponent("clean"))
        let shown = DiagnosticFormatter.format(cached.diagnostics)
        #expect(!cached.succeeded)
        #expect(shown == DiagnosticFormatter.format(clean.diagnostics))
        #expect(shown.contains("rounds/2016A.yaml:15:12: error:"), "\(shown)")
        #expect(shown.contains("    topic: beta"), "\(shown)")
    }

    private func page(_ project: Project, _ path: String) throws -> String {
        String(decoding: try Data(contentsOf: project.output.appendingPathComponent(path)), as: UTF8.self)
    }

    /// The same round under another name.
    private static func renamed(_ round: Round, to name: String) -> Round {
        Round(
            id: round.id, name: name, status: round.status, applicationsOpen: round.applicationsOpen,
            applicationsClose: round.applicationsClose,
            start: round.start, end: round.end, participants: round.participants, countries: round.countries,
            pairs: round.pairs,
            hasSyntheticPairs: round.hasSyntheticPairs, allowsSameCountryPairs: round.allowsSameCountryPairs,
            statisticsCorrection: round.statisticsCorrection, order: round.order,
            summary: round.summary, sources: round.sources, schedule: round.schedule, file: round.file)
    }
}
