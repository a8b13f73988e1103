import ArgumentParser
import Foundation
import RoundtableKit

struct PairsSampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write synthetic pair files for rounds (for demos and tests, never real people).",
        discussion: """
            For each round whose participants and countries are known, writes pairs/<round-id>.csv with \
            participants / 2 pairs from exactly that many countries. The same seed gives the same files. \
            Mark such rounds 'pair_data: synthetic' so the site labels the figures as sample data.

            Examples:
              roundtable pairs sample
              roundtable pairs sample 2027A --seed 7 --force
            """
    )

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var source: String = "content"

    @Option(name: .long, help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Replace pair files that exist.")
    var force = false

    @Argument(help: ArgumentHelp("Round ids (default: every round).", valueName: "round-id"))
    var rounds: [String] = []

    func run() throws {
        let report = SamplePairWriter.write(contentDirectory: source, seed: seed, roundIDs: rounds, overwrite: force)
        for path in report.written { print("wrote \(path)") }
        for reason in report.skipped { print("skipped \(reason)") }
        if !report.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticFormatter.format(report.diagnostics.sorted()).utf8))
            throw ExitCode(1)
        }
    }
}
