/// What a pair file must agree with in its round: that the round exists, its published figures,
/// and the program's rule that partners live in different countries. Like the reader's, these
/// messages never quote a value of a data row, and the lines they show are masked.
enum PairFileCheck {
    static func check(_ file: PairFile, rounds: [String: Round]) -> [Diagnostic] {
        guard let round = rounds[file.roundID] else {
            return [
                file.error(
                    "pair file for unknown round '\(file.roundID)'", line: 1,
                    note: Suggestion.note(for: file.roundID, in: rounds.keys).map { $0 + " (rename the file)" }
                        ?? "name a pair file after its round: pairs/<round-id>.csv for rounds/<round-id>.yaml"
                )
            ]
        }
        var diagnostics: [Diagnostic] = []
        let count = file.records.count
        let pairs = "\(count) pair\(count == 1 ? "" : "s")"
        let roundFile = round.contentPath
        if let expected = round.pairs.value, expected != count {
            diagnostics.append(
                file.error(
                    "this file has \(pairs) but \(roundFile) says the round had \(expected)", line: 1,
                    note: "correct 'pairs' in \(roundFile) or the pair file"
                ))
        }
        if let participants = round.participants.value,
            !Round.participantsAgree(participants, pairs: count, synthetic: round.hasSyntheticPairs)
        {
            diagnostics.append(
                file.error(
                    "this file has \(pairs), which make \(2 * count) participants, but \(roundFile) says the round "
                        + "had \(participants)",
                    line: 1,
                    note:
                        "'participants' must be twice the number of pairs: correct it in \(roundFile) or the pair file"
                ))
        }
        if !round.allowsSameCountryPairs {
            for (index, record) in file.records.enumerated() where record.a.country == record.b.country {
                diagnostics.append(
                    file.error(
                        "row \(index + 1) has the same country in a_country and b_country; partners must be in "
                            + "different countries",
                        line: record.bCountryPlace.line, column: record.bCountryPlace.column,
                        note: "if this round allows it, add 'same_country_pairs: allowed' to \(roundFile)"
                    ))
            }
        }
        return diagnostics
    }
}
