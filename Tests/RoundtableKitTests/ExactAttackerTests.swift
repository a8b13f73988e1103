import Foundation
@testable import RoundtableKit
import Testing

/// The exact attacker against built rounds: one crafted round per piece of knowledge, and a
/// property test over seeded random rounds.
@Suite struct ExactAttackerTests {
    typealias Page = (figures: [String: String], order: [String])

    /// What a round page shows of its pair statistics.
    enum Release: String, CaseIterable {
        case full, cutBack = "cut back", none
    }

    /// Builds one round in memory at threshold `k` and reads its figures.
    static func page(_ csv: String, k: Int, id: String = "2017A") async -> (succeeded: Bool, page: Page) {
        let (succeeded, page, _) = await release(csv, k: k, id: id)
        return (succeeded, page)
    }

    /// `page`, and whether the round page shows its statistics in full, cut back or not at all.
    static func release(_ csv: String, k: Int, id: String = "2017A") async -> (succeeded: Bool, page: Page, release: Release) {
        var files = TestSupport.minimalSite()
        files["content/site.yaml"]! += "privacy:\n  threshold: \(k)\n"
        let pairs = csv.split(separator: "\n").count - 1
        files["content/rounds/\(id).yaml"] = DisclosureTests.round(id, participants: 2 * pairs)
        files["content/pairs/\(id).csv"] = csv
        let report = await TestSupport.check(files)
        let output = Dictionary(uniqueKeysWithValues: report.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let text = output["rounds/\(id)/index.html"] ?? ""
        let release: Release = text.contains("Not shown for this round:") ? .cutBack
            : text.contains("data-figure=\"\(id):pairs\"") ? .full : .none
        return (report.succeeded, ExactAttacker.read(output), release)
    }

    static let header = "pair_id,a_country,b_country,a_sector,b_sector,a_stage,b_stage,channels,status,satisfaction"

    static func csv(_ rows: [String]) -> String {
        ([header] + rows.enumerated().map { "p\($0.offset + 1),\($0.element)" }).joined(separator: "\n") + "\n"
    }

    static func attack(_ csv: String, k: Int, knowledge: Set<ExactAttacker.Knowledge> = Set(ExactAttacker.Knowledge.allCases)) async -> ExactAttacker.Result {
        let (succeeded, page) = await page(csv, k: k)
        #expect(succeeded)
        return ExactAttacker(threshold: k, page: page, knowledge: knowledge).attack(round: "2017A")
    }

    static var verbose: Bool { ProcessInfo.processInfo.environment["ROUNDTABLE_SHOW_ATTACK"] != nil }

    // MARK: - The attacker itself

    @Test func theExactAttackerRecoversANaivelyHiddenCount() {
        let figures = [
            "X:pairs": "30", "X:participants": "60",
            "X:status.completed": "27", "X:status.faltered": "withheld", "X:status.rematched": "0", "X:status.withdrawn": "0",
        ]
        let result = ExactAttacker(threshold: 5, figures: figures).attack(round: "X")
        #expect(result.determined["status.faltered"] == 3)
    }

    @Test func aSumOfTwoHiddenPartsIsAQuestion() {
        // 20 = 16 + a + b with a, b withheld (≥ 1): neither is known, but a + b = 4 is.
        let figures = [
            "X:pairs": "20", "X:participants": "40",
            "X:status.completed": "16", "X:status.faltered": "withheld", "X:status.rematched": "withheld", "X:status.withdrawn": "0",
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
            "X:status.completed": "14", "X:status.faltered": "fewer than 5", "X:status.rematched": "withheld", "X:status.withdrawn": "0",
        ]
        var old = ExactAttacker(threshold: 5, figures: figures)
        old.withheldMeansAtLeastK = true
        #expect(old.attack(round: "X").determined["status.faltered"] == 1)
        let new = ExactAttacker(threshold: 5, figures: figures).attack(round: "X")
        #expect(new.determined["status.faltered"] == nil)
        #expect(new.determined["status.faltered + status.rematched"] == nil)  // 6 ≥ k
    }

    // MARK: - The property: random rounds at k = 3, 5 and 10

    /// How many random rounds to attack per threshold: a few in every run,
    /// `ROUNDTABLE_ATTACK_ROUNDS` for a long campaign.
    static var attackRounds: Int { ProcessInfo.processInfo.environment["ROUNDTABLE_ATTACK_ROUNDS"].flatMap(Int.init) ?? 12 }

    @Test(arguments: [3, 5, 10])
    func randomRoundsGiveNothingAway(k: Int) async throws {
        var attacked = 0, undecided = 0, disclosures = 0
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
            Issue.record("seed \(seed), \(n) pairs, k = \(k): \(all) — needs \(Self.knowledgeNeeded(page, k: k, leaks: all.determined.count))\n\(csv)")
        }
        if Self.verbose {
            let shown = Release.allCases.map { "\(releases[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", ")
            print("k = \(k): \(attacked) rounds attacked (statistics \(shown)), \(disclosures) disclosures, \(undecided) questions undecided")
        }
        #expect(undecided == 0, "the attacker ran out of budget on \(undecided) questions")
    }

    /// Which pieces of knowledge a leak needs: those without which fewer counts are determined.
    static func knowledgeNeeded(_ page: Page, k: Int, leaks: Int) -> String {
        var needs: [String] = []
        for piece in ExactAttacker.Knowledge.allCases where piece != .labels {
            let without = ExactAttacker(threshold: k, page: page, knowledge: Set(ExactAttacker.Knowledge.allCases).subtracting([piece])).attack(round: "2017A")
            if without.determined.count < leaks { needs.append(piece.rawValue) }
        }
        return needs.isEmpty ? "labels alone" : needs.joined(separator: " + ")
    }
}
