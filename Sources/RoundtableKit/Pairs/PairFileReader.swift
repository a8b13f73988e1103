/// Reads a pair file's header and rows against the schema, collecting every problem and the
/// places of values that must not be shown again.
struct PairFileReader {
    struct Columns {
        /// Where each known column is in a row.
        var index: [PairColumn: Int] = [:]
        /// Columns outside the schema: their values are masked in every diagnostic.
        var foreign: Set<Int> = []
        var count = 0
        /// Whether every required column is there, so that a row can become a record.
        var hasRequired = false
    }

    let source: SourceText
    private var diagnostics: [Diagnostic] = []
    /// Per line, the column ranges to mask.
    private var masks: [Int: [Range<Int>]] = [:]

    init(source: SourceText) {
        self.source = source
    }

    mutating func report(_ message: String, at field: CSVTable.Field, note: String? = nil) {
        diagnostics.append(source.error(message, line: field.line, column: field.column, note: note))
    }

    mutating func readHeader(_ header: [CSVTable.Field]) -> Columns {
        var columns = Columns(count: header.count)
        for (position, field) in header.enumerated() {
            let name = field.value.trimmingWhitespace()
            guard let column = PairColumn(rawValue: name) else {
                columns.foreign.insert(position)
                refuse("column '\(name)' is not part of the pair-file schema, and may hold personal data", at: field,
                       note: (Suggestion.note(for: name, in: PairColumn.names).map { $0 + "; " } ?? "") + "a pair file has only the columns \(PairColumn.names.joined(separator: ", ")), so the build refuses it and publishes nothing from it")
                continue
            }
            if columns.index[column] != nil {
                report("column '\(name)' appears twice", at: field)
                continue
            }
            columns.index[column] = position
        }
        columns.hasRequired = Set(columns.index.keys).isSuperset(of: PairColumn.required)
        let first = header[0]
        for column in PairColumn.required where columns.index[column] == nil {
            diagnostics.append(source.error("missing column '\(column.rawValue)'", line: first.line, column: 1,
                                            note: "a pair file needs the columns \(PairColumn.required.map(\.rawValue).joined(separator: ", "))"))
        }
        for (a, b) in PairColumn.partnered {
            for (present, missing) in [(a, b), (b, a)] where columns.index[present] != nil && columns.index[missing] == nil {
                diagnostics.append(source.error("missing column '\(missing.rawValue)': '\(present.rawValue)' needs it for the other partner", line: first.line, column: 1))
            }
        }
        return columns
    }

    mutating func readRow(_ row: [CSVTable.Field], columns: Columns) -> PairRecord? {
        for position in columns.foreign where position < row.count { mask(row[position]) }
        guard row.count == columns.count else {
            report("this row has \(row.count) field\(row.count == 1 ? "" : "s") but the header has \(columns.count)", at: row[0])
            return nil
        }
        var clean = true
        for (column, position) in columns.index {
            let field = row[position]
            let values = column == .channels ? field.value.split(separator: ";").map(String.init) : [field.value]
            if let concern = values.lazy.compactMap({ PersonalDataGuard.concern(about: $0, isIdentifier: column == .pairID) }).first {
                mask(field)
                refuse("the value in column '\(column.rawValue)' \(concern)", at: field)
                clean = false
            }
        }
        guard clean, columns.hasRequired else { return nil }

        func value(_ column: PairColumn) -> (text: String, field: CSVTable.Field)? {
            columns.index[column].map { (row[$0].value.trimmingWhitespace(), row[$0]) }
        }
        let before = diagnostics.count
        let id = value(.pairID)!
        if id.text.isEmpty { report("empty pair id", at: id.field) }
        let aCountry = country(value(.aCountry)!)
        let bCountry = country(value(.bCountry)!)
        let aSector = value(.aSector).flatMap { code($0, as: Sector.self, named: "sector") }
        let bSector = value(.bSector).flatMap { code($0, as: Sector.self, named: "sector") }
        let aStage = value(.aStage).flatMap { code($0, as: CareerStage.self, named: "career stage") }
        let bStage = value(.bStage).flatMap { code($0, as: CareerStage.self, named: "career stage") }
        let status = code(value(.status)!, as: PairStatus.self, named: "status")
        let channels = value(.channels).map { self.channels($0) }
        let satisfaction = value(.satisfaction).flatMap { self.satisfaction($0) }
        guard diagnostics.count == before, let aCountry, let bCountry, let status else { return nil }
        return PairRecord(
            id: id.text,
            a: PairRecord.Partner(country: aCountry, sector: aSector, stage: aStage),
            b: PairRecord.Partner(country: bCountry, sector: bSector, stage: bStage),
            channels: channels, status: status, satisfaction: satisfaction,
            line: row[0].line, bCountryPlace: (value(.bCountry)!.field.line, value(.bCountry)!.field.column)
        )
    }

    /// Every diagnostic, with the values that may be personal data replaced by asterisks.
    func maskedDiagnostics() -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard let location = diagnostic.location, let ranges = masks[location.line], var scalars = diagnostic.sourceLine.map({ Array($0.unicodeScalars) }) else {
                return diagnostic
            }
            for range in ranges {
                for index in range where index - 1 < scalars.count && index >= 1 { scalars[index - 1] = "*" }
            }
            var line = ""
            line.unicodeScalars.append(contentsOf: scalars)
            return Diagnostic(diagnostic.severity, diagnostic.message, at: location, sourceLine: line, note: diagnostic.note)
        }
    }

    // MARK: - Values

    private mutating func country(_ value: (text: String, field: CSVTable.Field)) -> Country? {
        if let country = Country.code(value.text) { return country }
        let note: String
        if let country = Country.code(value.text.uppercased()) {
            note = "country codes are upper-case: '\(country.code)'"
        } else if let country = Country.named(value.text) {
            note = "use the ISO 3166-1 alpha-2 code '\(country.code)' for \(country.name)"
        } else {
            note = "a country is written as its ISO 3166-1 alpha-2 code, such as AU, NG or PH"
        }
        report(value.text.isEmpty ? "empty country code" : "unknown country code '\(value.text)'", at: value.field, note: note)
        return nil
    }

    private mutating func code<Code: RawRepresentable & CaseIterable>(
        _ value: (text: String, field: CSVTable.Field), as type: Code.Type, named name: String
    ) -> Code? where Code.RawValue == String {
        if let code = Code(rawValue: value.text) { return code }
        let names = Code.allCases.map(\.rawValue)
        if value.text.isEmpty {
            report("empty \(name)", at: value.field, note: "a \(name) is one of \(names.joined(separator: ", "))")
        } else {
            report("unknown \(name) '\(value.text)'", at: value.field,
                   note: Suggestion.note(for: value.text, in: names) ?? "a \(name) is one of \(names.joined(separator: ", "))")
        }
        return nil
    }

    private mutating func channels(_ value: (text: String, field: CSVTable.Field)) -> Set<Channel> {
        var channels: Set<Channel> = []
        for item in value.text.split(separator: ";") {
            let name = String(item).trimmingWhitespace()
            guard !name.isEmpty else { continue }
            if let channel = Channel(rawValue: name) {
                channels.insert(channel)
            } else {
                let names = Channel.allCases.map(\.rawValue)
                report("unknown channel '\(name)'", at: value.field,
                       note: Suggestion.note(for: name, in: names) ?? "channels are a ';'-separated list of \(names.joined(separator: ", "))")
            }
        }
        return channels
    }

    private mutating func satisfaction(_ value: (text: String, field: CSVTable.Field)) -> Int? {
        guard !value.text.isEmpty else { return nil }
        guard let score = Int(value.text), (1...5).contains(score) else {
            report("satisfaction must be a whole number from 1 to 5, or empty when the pair did not answer", at: value.field)
            return nil
        }
        return score
    }

    // MARK: - Personal data

    private mutating func refuse(_ message: String, at field: CSVTable.Field, note: String? = nil) {
        report(message, at: field, note: note ?? "a pair file carries pseudonymous ids and codes only, so the build refuses it and publishes nothing from it")
    }

    /// Masks a field on every line it spans.
    private mutating func mask(_ field: CSVTable.Field) {
        var line = field.line, column = field.column, length = 0
        for scalar in field.written.unicodeScalars {
            if scalar == "\n" {
                masks[line, default: []].append(column..<column + length)
                line += 1; column = 1; length = 0
            } else {
                length += 1
            }
        }
        masks[line, default: []].append(column..<column + length)
    }
}
