/// Reads a pair file's header and rows against the schema, collecting every problem and the
/// places of values that must not be shown again.
struct PairFileReader {
    struct Columns {
        /// Where each known column is in a row.
        var index: [PairColumn: Int] = [:]
        /// Columns outside the schema, refused as possible personal data.
        var foreign: Set<Int> = []
        var count = 0
        /// Whether every required column is there, so that a row can become a record.
        var hasRequired = false
    }

    let source: SourceText
    private var diagnostics: [Diagnostic] = []
    /// Every data row's fields: no diagnostic shows one.
    private(set) var mask = PairLineMask()

    init(source: SourceText) {
        self.source = source
    }

    /// Reports a problem with a value. The message names the column and what is allowed, never
    /// the value: the line it points at is shown masked.
    mutating func report(_ message: String, at field: CSVTable.Field, note: String? = nil) {
        diagnostics.append(source.error(message, line: field.line, column: field.column, note: note))
    }

    mutating func readHeader(_ header: [CSVTable.Field]) -> Columns {
        var columns = Columns(count: header.count)
        for (position, field) in header.enumerated() {
            let name = field.value.trimmingWhitespace()
            guard let column = PairColumn(rawValue: name) else {
                columns.foreign.insert(position)
                refuse(
                    "column '\(name)' is not part of the pair-file schema, and may hold personal data", at: field,
                    note: (Suggestion.note(for: name, in: PairColumn.names).map { $0 + "; " } ?? "")
                        + "a pair file has only the columns \(PairColumn.names.joined(separator: ", ")), so the "
                        + "build refuses it and publishes nothing from it"
                )
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
            diagnostics.append(
                source.error(
                    "missing column '\(column.rawValue)'", line: first.line, column: 1,
                    note: "a pair file needs the columns \(PairColumn.required.map(\.rawValue).joined(separator: ", "))"
                ))
        }
        for (a, b) in PairColumn.partnered {
            for (present, missing) in [(a, b), (b, a)]
            where columns.index[present] != nil && columns.index[missing] == nil {
                diagnostics.append(
                    source.error(
                        "missing column '\(missing.rawValue)': '\(present.rawValue)' needs it for the other partner",
                        line: first.line, column: 1))
            }
        }
        return columns
    }

    mutating func readRow(_ row: [CSVTable.Field], columns: Columns) -> PairRecord? {
        for field in row { mask.add(field) }
        guard row.count == columns.count else {
            report(
                "this row has \(row.count) field\(row.count == 1 ? "" : "s") but the header has \(columns.count)",
                at: row[0])
            return nil
        }
        var clean = true
        for (column, position) in columns.index {
            let field = row[position]
            let values = column == .channels ? field.value.split(separator: ";").map(String.init) : [field.value]
            if let concern = values.lazy.compactMap({
                PersonalDataGuard.concern(about: $0, isIdentifier: column == .pairID)
            }).first {
                refuse(
                    "the value in column '\(column.rawValue)' \(concern)", at: field,
                    note: column == .pairID
                        ? "`roundtable pairs anonymise` gives every pair such a pseudonym; the build refuses this "
                            + "file and publishes nothing from it"
                        : nil)
                clean = false
            }
        }
        guard clean, columns.hasRequired else { return nil }

        func value(_ column: PairColumn) -> Value? {
            columns.index[column].map {
                Value(text: row[$0].value.trimmingWhitespace(), field: row[$0], column: column)
            }
        }
        let before = diagnostics.count
        let id = value(.pairID)!
        if id.text.isEmpty {
            report(
                "column 'pair_id' is empty; allowed: \(PersonalDataGuard.pseudonymRule)", at: id.field,
                note: "`roundtable pairs anonymise` gives every pair a pseudonym")
        }
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

    /// Every diagnostic, with the data fields of the line it quotes replaced by asterisks.
    func maskedDiagnostics() -> [Diagnostic] {
        diagnostics.map(mask.apply)
    }

    // MARK: - Values

    /// A value with the field it was read from and its column, for the messages about it.
    struct Value {
        let text: String
        let field: CSVTable.Field
        let column: PairColumn
    }

    private static let countryRule = "an ISO 3166-1 alpha-2 code such as AU, NG or PH"

    private mutating func country(_ value: Value) -> Country? {
        if let country = Country.code(value.text) { return country }
        let column = value.column.rawValue
        guard !value.text.isEmpty else {
            report("column '\(column)' is empty; allowed: \(Self.countryRule)", at: value.field)
            return nil
        }
        let note: String?
        if let country = Country.code(value.text.uppercased()) {
            note = "did you mean '\(country.code)'? country codes are upper-case"
        } else if let country = Country.named(value.text) {
            note = "did you mean '\(country.code)'? a country is written as its code, not its name"
        } else {
            note = nil
        }
        report(
            "column '\(column)' has a value that is not a country code; allowed: \(Self.countryRule)", at: value.field,
            note: note)
        return nil
    }

    private mutating func code<Code: RawRepresentable & CaseIterable>(
        _ value: Value, as type: Code.Type, named name: String
    ) -> Code? where Code.RawValue == String {
        if let code = Code(rawValue: value.text) { return code }
        let names = Code.allCases.map(\.rawValue)
        let allowed = names.joined(separator: ", ")
        if value.text.isEmpty {
            report("column '\(value.column.rawValue)' is empty; allowed: \(allowed)", at: value.field)
        } else {
            report(
                "column '\(value.column.rawValue)' has a value that is not a \(name); allowed: \(allowed)",
                at: value.field,
                note: Suggestion.note(for: value.text, in: names))
        }
        return nil
    }

    private mutating func channels(_ value: Value) -> Set<Channel> {
        var channels: Set<Channel> = []
        var unknown: [String] = []
        for item in value.text.split(separator: ";") {
            let name = String(item).trimmingWhitespace()
            guard !name.isEmpty else { continue }
            if let channel = Channel(rawValue: name) { channels.insert(channel) } else { unknown.append(name) }
        }
        if !unknown.isEmpty {
            let names = Channel.allCases.map(\.rawValue)
            let entries =
                unknown.count == 1 ? "an entry that is not a channel" : "\(unknown.count) entries that are not channels"
            report(
                "column 'channels' has \(entries); allowed: a ';'-separated list of "
                    + "\(names.joined(separator: ", ")), or empty",
                at: value.field,
                note: unknown.lazy.compactMap { Suggestion.note(for: $0, in: names) }.first)
        }
        return channels
    }

    private mutating func satisfaction(_ value: Value) -> Int? {
        guard !value.text.isEmpty else { return nil }
        guard let score = Int(value.text), (1...5).contains(score) else {
            report(
                "column 'satisfaction' has a value that is not a score; allowed: a whole number from 1 to 5, or "
                    + "empty when the pair did not answer",
                at: value.field)
            return nil
        }
        return score
    }

    // MARK: - Personal data

    private mutating func refuse(_ message: String, at field: CSVTable.Field, note: String? = nil) {
        report(
            message, at: field,
            note: note
                ?? "a pair file carries pseudonymous ids and codes only, so the build refuses it and publishes "
                + "nothing from it"
        )
    }
}
