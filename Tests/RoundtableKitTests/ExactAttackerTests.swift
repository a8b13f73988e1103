import Foundation
import Testing

@testable import RoundtableKit

/// The exact attacker against built rounds: one crafted round per piece of knowledge, and a
/// property test over seeded random rounds.
@Suite struct ExactAttackerTests {
    typealias Page = (figures: [String: String], order: [String])

    /// What a round page shows of its pair statistics.
    enum Release: String, CaseIterable {
        case full
        case cutBack = "cut back"
        case none
    }

    /// Builds one round in memory at threshold `k` and reads its figures.
    static func page(_ csv: String, k: Int, id: String = "2017A") async -> (succeeded: Bool, page: Page) {
        let (succeeded, page, _) = await release(csv, k: k, id: id)
        return (succeeded, page)
    }

    /// `page`, and whether the round page shows its statistics in full, cut back or not at all.
    static func release(_ csv: String, k: Int, id: String = "2017A") async -> (
        succeeded: Bool, page: Page, release: Release
    ) {
        var files = TestSupport.minimalSite()
        files["content/site.yaml"]! += "privacy:\n  threshold: \(k)\n"
        let pairs = csv.split(separator: "\n").count - 1
        files["content/rounds/\(id).yaml"] = DisclosureTests.round(id, participants: 2 * pairs)
        files["content/pairs/\(id).csv"] = csv
        let report = await TestSupport.check(files)
        let output = Dictionary(
            uniqueKeysWithValues: report.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let text = output["rounds/\(id)/index.html"] ?? ""
        let release: Release =
            text.contains("Not shown for this round:")
            ? .cutBack
            : text.contains("data-figure=\"\(id):pairs\"") ? .full : .none
        return (report.succeeded, ExactAttacker.read(output), release)
    }

    static let header = "pair_id,a_country,b_country,a_sector,b_sector,a_stage,b_stage,channels,status,satisfaction"

    static func csv(_ rows: [String]) -> String {
        ([header] + rows.enumerated().map { "p\($0.offset + 1),\($0.element)" }).joined(separator: "\n") + "\n"
    }

    static func attack(
        _ csv: String, k: Int, knowledge: Set<ExactAttacker.Knowledge> = Set(ExactAttacker.Knowledge.allCases)
    ) async -> ExactAttacker.Result {
        let (succeeded, page) = await page(csv, k: k)
        #expect(succeeded)
        return ExactAttacker(threshold: k, page: page, knowledge: knowledge).attack(round: "2017A")
    }

    static var verbose: Bool { ProcessInfo.processInfo.environment["ROUNDTABLE_SHOW_ATTACK"] != nil }

    // MARK: - The attacker itself

    @Test func theExactAttackerRecoversANaivelyHiddenCount() {
        let figures = [
            "X:pairs": "30", "X:participants": "60",
            "X:status.completed": "27", "X:status.faltered": "withheld", "X:status.rematched": "0",
            "X:status.withdrawn": "0",
        ]
        let result = ExactAttacker(threshold: 5, figures: figures).attack(round: "X")
        #expect(result.determined["status.faltered"] == 3)
    }

    @Test func aSumOfTwoHiddenPartsIsAQuestion() {
        // 20 = 16 + a + b with a, b withheld (≥ 1): neither is known, but a + b = 4 is.
        let figures = [
            "X:pairs": "20", "X:participants": "40",
            "X:status.completed": "16", "X:status.faltered": "withheld", "X:status.rematched": "withheld",
            "X:status.withdrawn": "0",
        ]
        let result = ExactAttacker(threshold: 5, figures: figures).attack(round: "X")
        #expect(result.determined["status.faltered"] == nil)
        #expect(result.determined["status.faltered + status.rematched"] == 4)
        let single = ExactAttacker(threshold: 5, figures: figures, knowledge: [.labels]).attack(round: "X")
        #expect(single.determined.isEmpty)
    }

    @Test func theOldWithheldLabelStillReads() {
        // 20 = 14 + faltered + rematched: under the old documentation (withheld ≥ k) faltered
        // is 1; under the new one (withheld ≥ 1) it is 1 … 4.
        let figures = [
            "X:pairs": "20", "X:participants": "40",
            "X:status.completed": "14", "X:status.faltered": "fewer than 5", "X:status.rematched": "withheld",
            "X:status.withdrawn": "0",
        ]
        var old = ExactAttacker(threshold: 5, figures: figures)
        old.withheldMeansAtLeastK = true
        #expect(old.attack(round: "X").determined["status.faltered"] == 1)
        let new = ExactAttacker(threshold: 5, figures: figures).attack(round: "X")
        #expect(new.determined["status.faltered"] == nil)
        #expect(new.determined["status.faltered + status.rematched"] == nil)  // 6 ≥ k
    }

    // MARK: - One fixture per piece of knowledge
    //
    // Each test has two halves. The first is a page as the old product published it: "fewer
    // than k" for counts 1 … k − 1, "withheld" for a count withheld to protect one (k or more),
    // zeros shown, and every published sum checked on its own so that its hidden parts never add
    // up to a small count. Only the tables the leak needs are written out. The attacker that
    // knows the piece recovers a small count from it; the one that knows everything else does
    // not. The second half builds the same round with the current product and attacks all of it.

    typealias Knowledge = ExactAttacker.Knowledge

    /// The old product's page at threshold `k`, keys without their round, attacked by a reader
    /// who knows everything but `missing`.
    static func naive(_ figures: [String: String], order: [String] = [], k: Int = 5, without missing: Knowledge? = nil)
        -> ExactAttacker.Result
    {
        var attacker = ExactAttacker(
            threshold: k, figures: Dictionary(uniqueKeysWithValues: figures.map { ("X:\($0.key)", $0.value) }),
            order: order.map { "X:\($0)" }, knowledge: Set(Knowledge.allCases).subtracting(missing.map { [$0] } ?? [])
        )
        attacker.withheldMeansAtLeastK = true
        return attacker.attack(round: "X")
    }

    /// A pair file with only the columns a fixture needs; each row is repeated `count` times.
    static func pairs(_ header: String, _ rows: [(count: Int, row: String)]) -> String {
        let lines = rows.flatMap { Array(repeating: $0.row, count: $0.count) }
        return (["pair_id,\(header)"] + lines.enumerated().map { "p\($0.offset + 1),\($0.element)" }).joined(
            separator: "\n") + "\n"
    }

    /// The current product's page for `csv` at threshold `k` gives nothing away to a reader who
    /// knows everything, and the attacker settles every question.
    static func expectNothingGivenAway(
        _ csv: String, k: Int = 5, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async {
        let (succeeded, page, release) = await release(csv, k: k)
        #expect(succeeded, sourceLocation: sourceLocation)
        let result = ExactAttacker(threshold: k, page: page).attack(round: "2017A")
        if verbose {
            print(
                "\(sourceLocation.line): statistics \(release.rawValue), "
                    + "\(result)\n"
                    + page.figures.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            )
        }
        #expect(result.determined.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(result.undecided.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(!result.inconsistent, sourceLocation: sourceLocation)
    }

    @Test func labelsAndZerosCanSqueezeACount() async {
        // 12 pairs = 6 completed + faltered (1 … 4) + rematched (5 or more) + 0 withdrawn: faltered is 1.
        let naive = [
            "pairs": "12", "participants": "24",
            "status.completed": "6", "status.faltered": "fewer than 5", "status.rematched": "withheld",
            "status.withdrawn": "0",
        ]
        #expect(Self.naive(naive).determined == ["status.faltered": 1])
        #expect(Self.naive(naive, without: .labels).determined.isEmpty)

        await Self.expectNothingGivenAway(
            Self.pairs(
                "a_country,b_country,status",
                [
                    (6, "AU,NZ,completed"), (1, "AU,NZ,faltered"), (5, "AU,NZ,rematched"),
                ]))
    }

    @Test func twoEquationsTogetherGiveAwayASumOfHiddenParts() async {
        // Europe is withheld but is its only country, GB: 6; so Americas + Asia = 20 − 11 − 6 = 3.
        let naive = [
            "pairs": "10", "participants": "20", "countries": "5",
            "region.americas": "fewer than 5", "region.asia": "fewer than 5", "region.europe": "withheld",
            "region.oceania": "11",
            "country.GB": "6", "country.AU": "6", "country.NZ": "5",
        ]
        let order = [
            "region.americas", "region.asia", "region.europe", "country.GB", "region.oceania", "country.AU",
            "country.NZ",
        ]
        #expect(Self.naive(naive, order: order).determined == ["region.americas + region.asia": 3])
        #expect(Self.naive(naive, order: order, without: .subsetSums).determined.isEmpty)

        await Self.expectNothingGivenAway(
            Self.pairs(
                "a_country,b_country,status",
                [
                    (3, "GB,AU,completed"), (3, "GB,NZ,completed"), (1, "AU,NZ,completed"), (1, "JP,AU,completed"),
                    (1, "US,NZ,completed"), (1, "US,AU,completed"),
                ]))
    }

    @Test func unnamedCountriesEachHoldAParticipant() async {
        // 6 countries, 2 named in Oceania: Asia's 4 unnamed ones hold a participant each, so Asia is 4.
        let naive = [
            "pairs": "7", "participants": "14", "countries": "6",
            "region.asia": "fewer than 5", "region.oceania": "withheld", "country.AU": "withheld", "country.NZ": "5",
        ]
        let order = ["region.asia", "region.oceania", "country.AU", "country.NZ"]
        #expect(Self.naive(naive, order: order).determined == ["region.asia": 4])
        #expect(Self.naive(naive, order: order, without: .countries).determined.isEmpty)

        await Self.expectNothingGivenAway(
            Self.pairs(
                "a_country,b_country,status",
                [
                    (3, "AU,NZ,completed"), (1, "AU,JP,completed"), (1, "AU,IN,completed"), (1, "NZ,CN,completed"),
                    (1, "NZ,SG,completed"),
                ]))
    }

    @Test func pairsWithinOneSectorMakeEverySectorEven() async {
        // No pair crosses sectors, so each sector holds whole pairs: public is even, and 2 of 1 … 3.
        let naive = [
            "pairs": "12", "participants": "24", "cross-sector": "0",
            "sector.academic": "16", "sector.public": "fewer than 5", "sector.school": "withheld",
            "sector.special": "0", "sector.government": "0", "sector.other": "0",
        ]
        #expect(Self.naive(naive).determined == ["sector.public": 2])
        #expect(Self.naive(naive, without: .pairStructure).determined.isEmpty)

        await Self.expectNothingGivenAway(
            Self.pairs(
                "a_country,b_country,a_sector,b_sector,status",
                [
                    (8, "AU,NZ,academic,academic,completed"), (1, "AU,NZ,public,public,completed"),
                    (3, "AU,NZ,school,school,completed"),
                ]))
    }

    @Test func theOrderOfListedCountriesBoundsAHiddenOne() async {
        // DE, listed after GB's 6 and withheld (5 or more), is 5; Europe 11, so Asia is 22 − 7 − 11 = 4.
        let naive = [
            "pairs": "11", "participants": "22", "countries": "4",
            "region.asia": "fewer than 5", "region.europe": "withheld", "region.oceania": "7",
            "country.GB": "6", "country.DE": "withheld", "country.AU": "7",
        ]
        let order = ["region.asia", "region.europe", "country.GB", "country.DE", "region.oceania", "country.AU"]
        #expect(Self.naive(naive, order: order).determined == ["region.asia": 4])
        #expect(Self.naive(naive, order: order, without: .order).determined.isEmpty)

        await Self.expectNothingGivenAway(
            Self.pairs(
                "a_country,b_country,status",
                [
                    (3, "AU,GB,completed"), (2, "AU,DE,completed"), (2, "AU,JP,completed"), (2, "GB,DE,completed"),
                    (1, "GB,JP,completed"), (1, "DE,JP,completed"),
                ]))
    }

    @Test func theRoundFileFillsInAWithheldTotal() async {
        // The round file says 18 participants, so 9 pairs = 8 completed + 1 faltered.
        let naive = [
            "program.participants": "18", "pairs": "withheld", "participants": "withheld",
            "status.completed": "8", "status.faltered": "fewer than 5", "status.rematched": "0",
            "status.withdrawn": "0",
        ]
        #expect(Self.naive(naive).determined == ["status.faltered": 1])
        #expect(Self.naive(naive, without: .program).determined.isEmpty)

        await Self.expectNothingGivenAway(
            Self.pairs(
                "a_country,b_country,status",
                [
                    (8, "AU,NZ,completed"), (1, "AU,NZ,faltered"),
                ]))
    }

    @Test func partnersInDifferentCountriesBoundThePairsWithinARegion() async {
        // AU's 8 each have a partner outside AU: at most 13 − 8 = 5 pairs within Oceania, so 5, and 3 and 3 around
        // them.
        let naive = [
            "pairs": "11", "participants": "22", "countries": "5",
            "region.europe": "9", "region.oceania": "13", "country.AU": "8", "country.NZ": "5",
            "matrix.europe.europe": "fewer than 5", "matrix.europe.oceania": "fewer than 5",
            "matrix.oceania.oceania": "withheld",
        ]
        let order = ["region.europe", "region.oceania", "country.AU", "country.NZ"]
        #expect(Self.naive(naive, order: order).determined == ["matrix.europe.europe": 3, "matrix.europe.oceania": 3])
        #expect(Self.naive(naive, order: order, without: .differentCountries).determined.isEmpty)

        await Self.expectNothingGivenAway(
            Self.pairs(
                "a_country,b_country,status",
                [
                    (5, "AU,NZ,completed"), (1, "AU,GB,completed"), (1, "AU,DE,completed"), (1, "AU,FR,completed"),
                    (2, "GB,DE,completed"), (1, "GB,FR,completed"),
                ]))
    }

    @Test func twoReleasesGiveAwayThePairAddedBetweenThem() async throws {
        // Completed went from 15 to 16 when the 21st pair came: that pair completed the round.
        func release(_ pairs: Int, completed: Int) -> Page {
            let figures = [
                "pairs": "\(pairs)", "participants": "\(2 * pairs)",
                "status.completed": "\(completed)", "status.faltered": "fewer than 5",
                "status.rematched": "fewer than 5", "status.withdrawn": "0",
            ]
            return (Dictionary(uniqueKeysWithValues: figures.map { ("X:\($0.key)", $0.value) }), [])
        }
        let (before, after) = (release(20, completed: 15), release(21, completed: 16))
        let difference = ExactAttacker.attackDifference(threshold: 5, old: before, new: after, round: "X")
        #expect(difference.determined["Δstatus.completed"] == 1)
        for page in [before, after] {
            var alone = ExactAttacker(threshold: 5, page: page)
            alone.withheldMeansAtLeastK = true
            #expect(alone.attack(round: "X").determined.isEmpty)
        }

        // The product, on disk with its statistics ledger: the round gains its last pair after its
        // statistics were published. Without a declared correction the build refuses; with one, it
        // refuses too, since the pairs (always shown) would change by 1. The first release stays.
        let rows: [(count: Int, row: String)] = [
            (15, "AU,NZ,completed"), (3, "AU,NZ,faltered"), (2, "AU,NZ,rematched"),
        ]
        let header = "a_country,b_country,status"
        let project = try IncrementalBuildTests.Project()
        func write(pairs: [(count: Int, row: String)], correction: String?) throws {
            let count = pairs.reduce(0) { $0 + $1.count }
            var round = DisclosureTests.round("2017A", participants: 2 * count)
            if let correction { round += "statistics_correction: \(correction)\n" }
            try round.write(
                to: project.content.appendingPathComponent("rounds/2017A.yaml"), atomically: true, encoding: .utf8)
            try FileManager.default.createDirectory(
                at: project.content.appendingPathComponent("pairs"), withIntermediateDirectories: true)
            try Self.pairs(header, pairs).write(
                to: project.content.appendingPathComponent("pairs/2017A.csv"), atomically: true, encoding: .utf8)
        }
        func page() throws -> Page {
            let text = try String(
                contentsOf: project.output.appendingPathComponent("rounds/2017A/index.html"), encoding: .utf8)
            return ExactAttacker.read(["rounds/2017A/index.html": text])
        }
        try write(pairs: rows, correction: nil)
        #expect(await project.build().succeeded)
        let old = try page()
        #expect(ExactAttacker(threshold: 5, page: old).attack(round: "2017A").determined.isEmpty)
        try write(pairs: rows + [(1, "AU,NZ,completed")], correction: nil)
        let refused = await project.build()
        #expect(
            refused.diagnostics.map(\.message) == [
                "round 2017A's pair statistics differ from the ones it published before, recorded in "
                    + "\(project.content.path)/statistics-ledger.yaml"
            ])
        try write(pairs: rows + [(1, "AU,NZ,completed")], correction: "a late match")
        let corrected = await project.build()
        #expect(
            corrected.diagnostics.map(\.message) == [
                "round 2017A: no correction of its pair statistics can be published without singling out the pairs "
                    + "that changed"
            ])
        #expect(try page().figures == old.figures, "the published release stays as it was")
    }

    // MARK: - The property: random rounds at k = 3, 5 and 10

    /// How many random rounds to attack per threshold: a few in a plain `swift test`, 400 in
    /// `scripts/test` (CI), `ROUNDTABLE_ATTACK_ROUNDS` for a long campaign.
    static var attackRounds: Int {
        ProcessInfo.processInfo.environment["ROUNDTABLE_ATTACK_ROUNDS"].flatMap(Int.init) ?? 12
    }

    @Test(arguments: [3, 5, 10])
    func randomRoundsGiveNothingAway(k: Int) async throws {
        var attacked = 0
        var undecided = 0
        var disclosures = 0
        var releases: [Release: Int] = [:]
        for seed in 1...Self.attackRounds {
            let n = 6 + (seed * 7) % 35
            let csv = DisclosureTests.randomPairs(seed: UInt64(seed * 31 + k), count: n)
            let (succeeded, page, release) = await Self.release(csv, k: k)
            #expect(succeeded)
            releases[release, default: 0] += 1
            let all = ExactAttacker(threshold: k, page: page).attack(round: "2017A")
            attacked += 1
            undecided += all.undecided.count
            #expect(!all.inconsistent, "seed \(seed), \(n) pairs, k = \(k): the attacker's model contradicts the page")
            guard !all.determined.isEmpty else { continue }
            disclosures += all.determined.count
            let needs = Self.knowledgeNeeded(page, k: k, leaks: all.determined.count)
            Issue.record("seed \(seed), \(n) pairs, k = \(k): \(all) — needs \(needs)\n\(csv)")
        }
        if Self.verbose {
            let shown = Release.allCases.map { "\(releases[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", ")
            print(
                "k = \(k): \(attacked) rounds attacked (statistics \(shown)), \(disclosures) disclosures, "
                    + "\(undecided) questions undecided"
            )
        }
        #expect(undecided == 0, "the attacker ran out of budget on \(undecided) questions")
    }

    /// Which pieces of knowledge a leak needs: those without which fewer counts are determined.
    static func knowledgeNeeded(_ page: Page, k: Int, leaks: Int) -> String {
        var needs: [String] = []
        for piece in ExactAttacker.Knowledge.allCases where piece != .labels {
            let without = ExactAttacker(
                threshold: k, page: page, knowledge: Set(ExactAttacker.Knowledge.allCases).subtracting([piece])
            ).attack(round: "2017A")
            if without.determined.count < leaks { needs.append(piece.rawValue) }
        }
        return needs.isEmpty ? "labels alone" : needs.joined(separator: " + ")
    }
}
