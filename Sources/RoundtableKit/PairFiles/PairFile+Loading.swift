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
        if let wrongSeparator = wrongSeparator(header, in: source) { return (nil, [wrongSeparator]) }
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

    /// A spreadsheet set to a language that writes decimals with a comma saves "CSV" with
    /// semicolons; without this, its one-column header reads as a dozen missing columns and a
    /// column of possible personal data.
    private static func wrongSeparator(_ header: [CSVTable.Field], in source: SourceText) -> Diagnostic? {
        guard header.count == 1, let field = header.first else { return nil }
        for (separator, name) in [(";", "semicolons (;)"), ("\t", "tabs")] {
            let names = field.value.components(separatedBy: separator).map { $0.trimmingWhitespace() }
            guard names.count > 1, names.contains(where: { PairColumn(rawValue: $0) != nil }) else { continue }
            let offset = field.value.distance(
                from: field.value.startIndex, to: field.value.firstIndex(of: Character(separator))!)
            return source.error(
                "this pair file is separated by \(name), not commas", line: field.line, column: field.column + offset,
                note:
                    "export it again as comma-separated CSV (in Excel: 'CSV UTF-8 (Comma delimited)'; in LibreOffice: "
                    + "field delimiter ',')")
        }
        return nil
    }
}
