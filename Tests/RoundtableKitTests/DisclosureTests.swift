import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// Tries to recover a small count from a built site: through totals, percentages, the region
/// matrix, the rounds index (other rounds' figures) and any other file in the output.
@Suite struct DisclosureTests {
    static let craftedPairs = """
        pair_id,a_country,b_country,a_sector,b_sector,a_stage,b_stage,channels,status,satisfaction
        q01,AU,US,academic,public,early,mid,email;video,completed,5
        q02,AU,US,academic,public,early,mid,email;video,completed,5
        q03,AU,US,academic,public,early,mid,email;video,completed,5
        q04,AU,US,academic,public,early,mid,email;video,completed,5
        q05,AU,US,academic,public,early,mid,email;video,completed,5
        q06,AU,US,academic,public,early,mid,email;video,completed,5
        q07,AU,US,academic,public,early,mid,email;video,completed,5
        q08,AU,US,academic,public,early,mid,email;video,completed,5
        q09,AU,CA,academic,public,early,mid,email;video,completed,5
        q10,AU,CA,academic,public,early,mid,email;video,completed,4
        q11,AU,CA,academic,public,early,mid,email;social,completed,4
        q12,AU,CA,academic,public,early,mid,email;social,completed,4
        q13,AU,IN,academic,public,mid,mid,email;social,completed,4
        q14,AU,IN,academic,public,mid,mid,email;social,completed,4
        q15,AU,IN,academic,academic,mid,mid,email;social,completed,4
        q16,AU,IN,academic,academic,mid,mid,email,completed,4
        q17,AU,NG,academic,academic,mid,mid,email,completed,4
        q18,AU,NG,academic,academic,mid,mid,email,completed,3
        q19,AU,NG,academic,academic,mid,mid,email,completed,3
        q20,AU,DE,academic,academic,mid,mid,email,completed,1
        q21,NZ,US,academic,academic,senior,early,email,completed,
        q22,NZ,US,academic,academic,senior,early,email,completed,
        q23,NZ,US,public,special,senior,early,email,completed,
        q24,NZ,US,public,special,senior,early,email,completed,
        q25,NZ,FJ,public,special,senior,early,email,completed,
        q26,NZ,PH,public,special,senior,early,email,completed,
        q27,US,IN,public,special,student,early,email,faltered,
        q28,US,IN,school,academic,student,early,email,faltered,
        q29,CA,NG,school,academic,student,early,email;phone,rematched,
        q30,CA,NG,government,academic,early,senior,video,withdrawn,

        """

    static func round(_ id: String, participants: Int) -> String {
        """
        id: \(id)
        name: Round \(id)
        status: closed
        applications: {open: unknown, close: unknown}
        start: unknown
        end: unknown
        participants: \(participants)
        countries: unknown
        summary: A round whose pairs try to give a small count away.

        """
    }

    /// A small random round: a skewed mix of countries, so that small cells are common.
    static func randomPairs(seed: UInt64, count: Int) -> String {
        var random = SeededRandom(seed: seed)
        let countries: [(String, Int)] = [
            ("AU", 10), ("US", 6), ("GB", 3), ("NG", 2), ("IN", 2), ("FJ", 1), ("DE", 1), ("BR", 1), ("JP", 1),
        ]
        var lines = ["pair_id,a_country,b_country,a_sector,b_sector,a_stage,b_stage,channels,status,satisfaction"]
        for number in 1...count {
            let a = random.pick(countries)
            var b = random.pick(countries)
            while b == a { b = random.pick(countries) }
            let sectors: [(String, Int)] = [("academic", 6), ("public", 4), ("school", 1), ("government", 1)]
            let stages: [(String, Int)] = [("early", 4), ("mid", 4), ("senior", 2), ("student", 1)]
            let channels = [("email", 95), ("video", 30), ("phone", 5)].filter { random.chance($0.1) }.map(\.0).joined(
                separator: ";")
            let status = random.pick([("completed", 16), ("faltered", 2), ("rematched", 1), ("withdrawn", 1)])
            let score = random.chance(60) ? String(random.pick([(5, 5), (4, 4), (3, 1), (1, 1)])) : ""
            lines.append(
                [
                    "r\(number)", a, b, random.pick(sectors), random.pick(sectors), random.pick(stages),
                    random.pick(stages),
                    channels, status, score,
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func build(_ pairFiles: [String: String], participants: [String: Int]) async -> (
        BuildReport, [String: String]
    ) {
        var files = TestSupport.minimalSite()
        for (id, csv) in pairFiles {
            files["content/rounds/\(id).yaml"] = round(id, participants: participants[id]!)
            files["content/pairs/\(id).csv"] = csv
        }
        let report = await TestSupport.check(files)
        let output = Dictionary(
            uniqueKeysWithValues: report.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        return (report, output)
    }

    @Test func noSmallCountCanBeRecoveredFromTheCraftedRounds() async throws {
        let smallRound = Self.randomPairs(seed: 11, count: 12)
        let (report, output) = await Self.build(
            ["2017A": Self.craftedPairs, "2017B": smallRound], participants: ["2017A": 60, "2017B": 24])
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        #expect(ExactAttacker.conflicts(in: output).isEmpty, "a figure is published twice with different values")
        let page = ExactAttacker.read(output)
        // The countries represented so far count countries over several rounds, not people: the
        // count of new countries a round brings, which may be published where their names may not.
        #expect(
            page.figures.keys.filter { !$0.contains(":program.") && !$0.hasSuffix(":countries-so-far") }.allSatisfy {
                $0.hasPrefix("2017A:") || $0.hasPrefix("2017B:")
            }, "figures over several rounds would need their own protection")

        for round in ["2017A", "2017B"] {
            let result = ExactAttacker(threshold: 5, page: page).attack(round: round)
            #expect(
                result.determined.isEmpty && result.undecided.isEmpty && !result.inconsistent,
                "round \(round): \(result)")
        }
        // The crafted round's small cells are there and hidden, not merely absent.
        #expect(page.figures["2017A:status.faltered"] == "withheld")
        #expect(page.figures["2017A:region.europe"] == "withheld")
        #expect(page.figures["2017A:channel.phone"] == "withheld")
    }

    @Test func everyPercentageHasAPublishedCountAndABaseOfAtLeastK() async throws {
        let (_, output) = await Self.build(["2017A": Self.craftedPairs], participants: ["2017A": 60])
        let figures = ExactAttacker.read(output).figures
        let percentages = figures.filter { $0.key.hasSuffix("%") }
        #expect(!percentages.isEmpty)
        for key in percentages.keys {
            let count = String(key.dropLast())
            #expect(
                Int(figures[count] ?? "") != nil, "\(key) is published but its count is \(figures[count] ?? "absent")")
        }
    }

    @Test func noPairRowOrIdReachesAnyOutputFile() async throws {
        let (_, output) = await Self.build(["2017A": Self.craftedPairs], participants: ["2017A": 60])
        #expect(!output.isEmpty)
        for (path, text) in output {
            #expect(!text.contains("q01") && !text.contains("q30"), "\(path) carries a pair id")
            #expect(!text.contains("AU,US,academic"), "\(path) carries a pair row")
        }
        #expect(!output.keys.contains { $0.hasSuffix(".csv") })
    }

    @Test func thresholdComesFromSiteYAML() async throws {
        var files = TestSupport.minimalSite()
        files["content/site.yaml"]! += "privacy:\n  threshold: 10\n"
        files["content/rounds/2017A.yaml"] = Self.round("2017A", participants: 60)
        files["content/pairs/2017A.csv"] = Self.craftedPairs
        let report = await TestSupport.check(files)
        let page =
            report.files.first { $0.path == "rounds/2017A/index.html" }.map {
                String(decoding: $0.bytes, as: UTF8.self)
            } ?? ""
        #expect(page.contains("counts from 1 to 9 are withheld"))
        #expect(!page.contains("counts from 1 to 4 are withheld"))
        let result = ExactAttacker(threshold: 10, page: ExactAttacker.read(["rounds/2017A/index.html": page])).attack(
            round: "2017A")
        #expect(result.determined.isEmpty && result.undecided.isEmpty, "\(result)")
    }
}
