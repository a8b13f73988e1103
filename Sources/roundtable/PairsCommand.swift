import ArgumentParser

struct PairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "Prepare pair files: anonymise a raw matching export, make a key, or write sample data.",
        subcommands: [PairsAnonymiseCommand.self, PairsKeygenCommand.self, PairsSampleCommand.self]
    )
}
