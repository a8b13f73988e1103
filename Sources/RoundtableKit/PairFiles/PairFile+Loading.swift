extension PairFile {
    /// Reads and checks a pair file. Anything that may be personal data is refused with its line.
    /// No diagnostic quotes a value of a data row: messages name the column and what is allowed,
    /// and the line shown has every data field masked, so that no value reaches a build log. Checks that need the round
    /// (its existence, its figures, same-country pairs)
    /// are the assembler's.
    static func load(_ source: SourceText, roundID: String) -> (PairFile?, [Diagnostic]) {
        let table: CSVTable
        switch CSVTable.read(source) {
        case .success(let read): table = read
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var reader = PairFileReader(source: source)
        guard let header = table.rows.first else {
            return (
                nil,
                [
                    source.error(
                        "pair file is empty: its first line must name the columns, such as "
                            + "\(PairColumn.required.map(\.rawValue).joined(separator: ","))",
                        line: 1)
                ]
            )
        }
        let columns = reader.readHeader(header)
        var records: [PairRecord] = []
        var firstLineOfID: [String: Int] = [:]
        for row in table.rows.dropFirst() {
            guard let record = reader.readRow(row, columns: columns) else { continue }
            if let first = firstLineOfID[record.id] {
                reader.report(
                    "column 'pair_id' repeats the pair id of line \(first); every pair needs a pseudonym of its own",
                    at: row[columns.index[.pairID]!])
                continue
            }
            firstLineOfID[record.id] = record.line
            records.append(record)
        }
        let diagnostics = reader.maskedDiagnostics()
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (
            PairFile(
                roundID: roundID, records: records, columns: Set(columns.index.keys), file: source, mask: reader.mask),
            []
        )
    }
}
