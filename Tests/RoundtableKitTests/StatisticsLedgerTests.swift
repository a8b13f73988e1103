import Foundation
import Testing

@testable import RoundtableKit

/// The ledger of published releases: what it records, that it is stable, and that a changed
/// pair file is refused or published only as a correction no comparison can take apart.
@Suite struct StatisticsLedgerTests {
    typealias Project = IncrementalBuildTests.Project

    static func project(correction: String? = nil) throws -> Project {
        let project = try Project()
        var round = DisclosureTests.round("2017A", participants: 60)
        if let correction { round += "statistics_correction: \(correction)\n" }
        try round.write(
            to: project.content.appendingPathComponent("rounds/2017A.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: project.content.appendingPathComponent("pairs"), withIntermediateDirectories: true)
        try DisclosureTests.craftedPairs.write(
            to: project.content.appendingPathComponent("pairs/2017A.csv"), atomically: true, encoding: .utf8)
        return project
    }

    static func ledger(_ project: Project) throws -> (text: String, ledger: StatisticsLedger) {
        let url = project.content.appendingPathComponent(StatisticsLedger.fileName)
        let text = try String(contentsOf: url, encoding: .utf8)
        let (ledger, problems) = StatisticsLedger.load(
            SourceText(path: "content/\(StatisticsLedger.fileName)", text: text))
        #expect(problems.isEmpty)
        return (text, try #require(ledger))
    }

    /// The page's figures, by key without the round id, leaving out the round file's own.
    static func pageFigures(_ project: Project) throws -> [String: String] {
        let page = try String(
            contentsOf: project.output.appendingPathComponent("rounds/2017A/index.html"), encoding: .utf8)
        return ExactAttacker.read(["rounds/2017A/index.html": page]).figures
            .filter { $0.key.hasPrefix("2017A:") && !$0.key.contains(":program.") }
            .reduce(into: [:]) { $0[String($1.key.dropFirst("2017A:".count))] = $1.value }
    }

    @Test func theLedgerRecordsExactlyWhatThePageShows() async throws {
        let project = try Self.project()
        let report = await project.build()
        #expect(report.succeeded && report.recordedStatistics)
        let (text, ledger) = try Self.ledger(project)
        #expect(ledger.releases["2017A"]?.count == 1)
        #expect(ledger.releases["2017A"]?.first?.figures == (try Self.pageFigures(project)))
        #expect(ledger.encoded() == text, "the file is exactly what the ledger encodes to")
        #expect(!text.contains("q01") && !text.contains("AU,US"), "no pair data in the ledger")

        let again = await project.build()
        #expect(again.succeeded && !again.recordedStatistics, "an unchanged round is not recorded twice")
        #expect(try Self.ledger(project).text == text)
    }

    @Test func aChangedPairFileIsRefusedAndTheSiteStaysAsItWas() async throws {
        let project = try Self.project()
        #expect(await project.build().succeeded)
        let before = Project.tree(project.output)
        let ledger = try Self.ledger(project).text
        try project.edit("pairs/2017A.csv") {
            $0.replacingOccurrences(
                of: "q26,NZ,PH,public,special,senior,early,email,completed,",
                with: "q26,NZ,PH,public,special,senior,early,email,withdrawn,")
        }
        let report = await project.build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.message) == [
                "round 2017A's pair statistics differ from the ones it published before, recorded in "
                    + "\(project.content.path)/statistics-ledger.yaml"
            ])
        #expect(Project.tree(project.output) == before)
        #expect(try Self.ledger(project).text == ledger)
    }

    @Test func aCorrectionIsPublishedOnlyWhereNoComparisonSinglesAPairOut() async throws {
        let project = try Self.project(correction: "one pair withdrew after all")
        #expect(await project.build().succeeded)
        try project.edit("pairs/2017A.csv") {
            $0.replacingOccurrences(
                of: "q26,NZ,PH,public,special,senior,early,email,completed,",
                with: "q26,NZ,PH,public,special,senior,early,email,withdrawn,")
        }
        let report = await project.build()
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let releases = try #require(try Self.ledger(project).ledger.releases["2017A"])
        #expect(releases.count == 2)
        #expect(releases.last?.correction == "one pair withdrew after all")
        #expect(
            ReleaseDifference(threshold: 5, earlier: releases[0].figures, later: releases[1].figures).disclosures
                .isEmpty)
        #expect(releases[1].figures == (try Self.pageFigures(project)), "the page shows the correction")
    }

    @Test func aComparisonFindsOnePairsChange() {
        let earlier = [
            "pairs": "30", "status.completed": "26", "status.faltered": "withheld", "status.rematched": "withheld",
            "status.withdrawn": "withheld",
        ]
        var later = earlier
        later["status.completed"] = "25"
        #expect(
            ReleaseDifference(threshold: 5, earlier: earlier, later: later).disclosures == [
                "status.completed changes by -1",
                "the withheld parts of pairs (status.faltered, status.rematched, status.withdrawn) change by 1 "
                    + "together",
            ])
        later["status.completed"] = "21"
        #expect(ReleaseDifference(threshold: 5, earlier: earlier, later: later).disclosures.isEmpty)
    }
}
