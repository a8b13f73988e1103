import ArgumentParser
import Foundation
import RoundtableKit

struct PairsAnonymiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anonymise",
        abstract: "Turn a raw matching export into a pair file with keyed pseudonyms.",
        discussion: """
            Keeps the pair-file columns (countries, sectors, stages, channels, status, satisfaction), \
            drops every other column (names, e-mail addresses, institutions, notes) and gives each pair \
            an id made with HMAC-SHA-256 from the partners' a_email and b_email (or a_id and b_id). \
            The key file must lie outside the content folder.

            Example:
              roundtable pairs anonymise ~/exports/2027A-matches.csv --round 2027A --key-file ../pairs.key
            """
    )

    @Argument(help: ArgumentHelp("The raw export (CSV).", valueName: "raw.csv"))
    var raw: String

    @Option(name: .long, help: ArgumentHelp("The round the pairs belong to.", valueName: "id"))
    var round: String

    @Option(name: .long, help: ArgumentHelp("The secret key (see `roundtable pairs keygen`).", valueName: "file"))
    var keyFile: String

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var source: String = "content"

    @Option(
        name: .long,
        help: ArgumentHelp("Where to write the pair file (default: <source>/pairs/<id>.csv).", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the pair file if it exists.")
    var force = false

    func run() throws {
        let target = output ?? "\(source)/pairs/\(round).csv"
        if ContentFolder.isInside(keyFile, source) {
            throw CommandFailure(
                "the key file \(keyFile) is inside the content folder \(source); keep it outside content/ and out "
                    + "of version control"
            )
        }
        if FileManager.default.fileExists(atPath: target), !force {
            throw CommandFailure("\(target) exists; use --force to replace it")
        }
        guard let rawData = FileManager.default.contents(atPath: raw) else {
            throw CommandFailure("cannot read \(raw)")
        }
        guard var key = FileManager.default.contents(atPath: keyFile) else {
            throw CommandFailure("cannot read the key file \(keyFile)")
        }
        while let last = key.last, last == 0x0A || last == 0x0D { key.removeLast() }

        let text: SourceText
        switch TextDecoder.decode(rawData, path: raw) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return try fail([diagnostic])
        }
        let (result, problems) = PairAnonymiser.anonymise(text, roundID: round, key: key)
        guard let result else { return try fail(problems) }
        do {
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(result.csv.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(target): \(error.localizedDescription)")
        }
        print("wrote \(target): \(result.pairCount) pairs")
        if !result.droppedColumns.isEmpty { print("dropped columns: \(result.droppedColumns.joined(separator: ", "))") }
    }

    private func fail(_ diagnostics: [Diagnostic]) throws {
        var text = DiagnosticFormatter.format(diagnostics.sorted())
        text += diagnostics.count == 1 ? "1 error\n" : "\(diagnostics.count) errors\n"
        FileHandle.standardError.write(Data(text.utf8))
        throw ExitCode(1)
    }
}
