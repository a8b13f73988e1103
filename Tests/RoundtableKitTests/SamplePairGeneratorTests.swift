import Foundation
import Testing

@testable import RoundtableKit

@Suite struct SamplePairGeneratorTests {
    static func round(participants: Int, countries: Int) -> Round {
        let yaml = """
            id: 2016A
            name: Round 2016A
            status: closed
            applications: {open: unknown, close: unknown}
            start: unknown
            end: unknown
            participants: \(participants)
            countries: \(countries)
            summary: x
            """
        return Round.load(SourceText(path: "rounds/2016A.yaml", text: yaml), expectedID: "2016A").0!
    }

    @Test(arguments: [(92, 18), (391, 39), (1162, 95), (11, 5)])
    func filesMatchTheRoundsFiguresAndItsRules(participants: Int, countries: Int) throws {
        guard
            case .success(let csv) = SamplePairGenerator.csv(
                for: Self.round(participants: participants, countries: countries), seed: 1)
        else {
            Issue.record("no sample")
            return
        }
        let (file, diagnostics) = PairFile.load(SourceText(path: "pairs/2016A.csv", text: csv), roundID: "2016A")
        #expect(diagnostics.isEmpty)
        let records = try #require(file).records
        #expect(records.count == participants / 2)
        #expect(Set(records.flatMap { [$0.a.country, $0.b.country] }).count == countries)
        #expect(records.allSatisfy { $0.a.country != $0.b.country })
        let people = records.flatMap { [$0.a.country, $0.b.country] }
        let largest = Dictionary(grouping: people, by: { $0 }).values.map(\.count).max() ?? 0
        #expect(largest <= max(1, people.count / 5))
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        let round = Self.round(participants: 391, countries: 39)
        let first = SamplePairGenerator.csv(for: round, seed: 7)
        let second = SamplePairGenerator.csv(for: round, seed: 7)
        #expect(first == second)
        #expect(first != SamplePairGenerator.csv(for: round, seed: 8))
    }

    @Test func unknownOrImpossibleFiguresAreRefused() {
        let yaml =
            "id: 2016B\nname: R\nstatus: closed\napplications: {open: unknown, close: unknown}\nstart: "
            + "unknown\nend: unknown\nparticipants: unknown\ncountries: unknown\nsummary: x\n"
        let unknown = Round.load(SourceText(path: "rounds/2016B.yaml", text: yaml), expectedID: "2016B").0!
        #expect(SamplePairGenerator.csv(for: unknown, seed: 1) == .failure(.unknownFigures))
        guard
            case .failure(.impossible) = SamplePairGenerator.csv(
                for: Self.round(participants: 10, countries: 1), seed: 1)
        else {
            Issue.record("one country cannot make cross-border pairs")
            return
        }
    }

    /// The demo's committed sample files are what the generator makes today, so that anyone
    /// can regenerate them (`roundtable pairs sample --force`) and get the same site.
    @Test func theDemoSampleFilesAreReproducible() throws {
        let rounds = TestSupport.demoContent.appendingPathComponent("rounds")
        for name in FileSystem.disk.files(
            in: TestSupport.demoContent.appendingPathComponent("pairs").path, suffix: ".csv")
        {
            let id = String(name.dropLast(4))
            let yaml = try String(contentsOf: rounds.appendingPathComponent("\(id).yaml"), encoding: .utf8)
            let round = try #require(Round.load(SourceText(path: id, text: yaml), expectedID: id).0)
            #expect(round.hasSyntheticPairs, "rounds/\(id).yaml must say 'pair_data: synthetic'")
            let committed = try String(
                contentsOf: TestSupport.demoContent.appendingPathComponent("pairs/\(name)"), encoding: .utf8)
            #expect(
                SamplePairGenerator.csv(for: round, seed: 1) == .success(committed),
                "pairs/\(name) differs from the generator's output")
        }
    }
}
