/// What a pair file must agree with in its round: that the round exists, its published figures,
/// and the program's rule that partners live in different countries.
enum PairFileCheck {
    static func check(_ file: PairFile, rounds: [String: Round]) -> [Diagnostic] {
        let source = file.file
        guard let round = rounds[file.roundID] else {
            return [source.error(
                "pair file for unknown round '\(file.roundID)'", line: 1,
                note: Suggestion.note(for: file.roundID, in: rounds.keys).map { $0 + " (rename the file)" }
                    ?? "name a pair file after its round: pairs/<round-id>.csv for rounds/<round-id>.yaml"
            )]
        }
        var diagnostics: [Diagnostic] = []
        let count = file.records.count
        let roundFile = "rounds/\(round.id).yaml"
        if let pairs = round.pairs.value, pairs != count {
            diagnostics.append(source.error(
                "this file has \(count) pair\(count == 1 ? "" : "s") but \(roundFile) says the round had \(pairs)", line: 1,
                note: "correct 'pairs' in \(roundFile) or the pair file"
            ))
        }
        if let participants = round.participants.value, participants / 2 != count {
            diagnostics.append(source.error(
                "this file has \(count) pair\(count == 1 ? "" : "s") but \(roundFile) says the round had \(participants) participants, which make \(participants / 2) pairs", line: 1,
                note: "correct 'participants' in \(roundFile) or the pair file"
            ))
        }
        if !round.allowsSameCountryPairs {
            for record in file.records where record.a.country == record.b.country {
                diagnostics.append(source.error(
                    "both partners of pair '\(record.id)' are in \(record.a.country.name) (\(record.a.country.code)); partners must be in different countries",
                    line: record.bCountryPlace.line, column: record.bCountryPlace.column,
                    note: "if this round allows it, add 'same_country_pairs: allowed' to \(roundFile)"
                ))
            }
        }
        return diagnostics
    }
}
