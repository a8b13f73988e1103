import Crypto
import Foundation

/// Turns a raw matching export into a pair file: each pair gets a keyed pseudonym
/// (HMAC-SHA-256 of the partners' e-mail addresses or ids, with the round id), the columns of
/// the pair-file schema are kept and normalised, and every other column is dropped.
///
/// Without the key nobody can recompute a pseudonym from a guessed address (a plain hash could
/// be); with it, the program can find a pair again. Pseudonyms differ between rounds.
public enum PairAnonymiser {
    public struct Output: Sendable {
        public let csv: String
        public let pairCount: Int
        /// Raw columns that were left out, such as names and e-mail addresses.
        public let droppedColumns: [String]
    }

    /// Raw columns that identify the two partners; used for the pseudonym, never copied.
    static let identityColumns = [("a_email", "b_email"), ("a_id", "b_id")]

    public static let minimumKeyBytes = 32

    public static func anonymise(_ raw: SourceText, roundID: String, key: Data) -> (Output?, [Diagnostic]) {
        guard key.count >= minimumKeyBytes else {
            return (
                nil,
                [
                    .error(
                        "the key file holds \(key.count) bytes; a key needs at least \(minimumKeyBytes) random "
                            + "bytes (make one with `roundtable pairs keygen FILE`)"
                    )
                ]
            )
        }
        let table: CSVTable
        switch CSVTable.read(raw) {
        case .success(let read): table = read
        case .failure(let diagnostic): return (nil, [withoutLine(diagnostic)])
        }
        guard let header = table.rows.first else {
            return (nil, [problem("the raw export is empty", in: raw, line: 1)])
        }
        let names = header.map { normalisedName($0.value) }
        guard let identity = identityColumns.first(where: { names.contains($0.0) && names.contains($0.1) }),
            let aIdentity = names.firstIndex(of: identity.0), let bIdentity = names.firstIndex(of: identity.1)
        else {
            return (
                nil,
                [
                    problem(
                        "the raw export needs the columns a_email and b_email (or a_id and b_id) to give each pair "
                            + "its pseudonym",
                        in: raw, line: 1)
                ]
            )
        }
        let kept = PairColumn.allCases.filter { $0 != .pairID }.compactMap { column in
            names.firstIndex(of: column.rawValue).map { (column, $0) }
        }
        let dropped = names.enumerated().filter { index, _ in !kept.contains { $0.1 == index } }.map {
            header[$0.offset].value
        }

        var diagnostics: [Diagnostic] = []
        var lines = [([PairColumn.pairID] + kept.map(\.0)).map(\.rawValue).joined(separator: ",")]
        var rawFieldsByLine: [[CSVTable.Field]] = [header]
        let symmetricKey = SymmetricKey(data: key)
        for row in table.rows.dropFirst() {
            guard row.count == header.count else {
                diagnostics.append(
                    problem(
                        "this row has \(row.count) fields but the header has \(header.count)", in: raw,
                        line: row[0].line, column: row[0].column))
                continue
            }
            let partners = [row[aIdentity], row[bIdentity]].map { $0.value.trimmingWhitespace().lowercased() }
            if let empty = [(row[aIdentity], identity.0), (row[bIdentity], identity.1)].first(where: {
                $0.0.value.trimmingWhitespace().isEmpty
            }) {
                diagnostics.append(
                    problem(
                        "empty \(empty.1): every partner needs one for the pseudonym", in: raw, line: empty.0.line,
                        column: empty.0.column))
                continue
            }
            let message = (["roundtable-pair-v1", roundID] + partners.sorted()).joined(separator: "\n")
            let mac = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: symmetricKey)
            let pseudonym = "p" + mac.prefix(8).map { String(format: "%02x", $0) }.joined()
            let values = kept.map { column, index in normalised(row[index].value, for: column) }
            lines.append(([pseudonym] + values).map(quoted).joined(separator: ","))
            rawFieldsByLine.append([row[aIdentity]] + kept.map { row[$0.1] })
        }
        let csv = lines.joined(separator: "\n") + "\n"
        // The result must pass every check a pair file gets; problems are reported where the
        // raw export has them, without quoting its lines (they hold names and addresses).
        let (_, problems) = PairFile.load(SourceText(path: raw.path, text: csv), roundID: roundID)
        diagnostics += problems.map { relocate($0, in: csv, to: rawFieldsByLine, raw: raw) }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (Output(csv: csv, pairCount: lines.count - 1, droppedColumns: dropped), [])
    }

    /// `A Country` and `a-country` both mean `a_country`.
    static func normalisedName(_ name: String) -> String {
        name.trimmingWhitespace().lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(
            of: "-", with: "_")
    }

    private static func normalised(_ value: String, for column: PairColumn) -> String {
        let text = value.trimmingWhitespace()
        switch column {
        case .aCountry, .bCountry:
            return Country.code(text.uppercased())?.code ?? Country.named(text)?.code ?? text
        case .channels:
            return text.lowercased().split(whereSeparator: { $0 == ";" || $0 == "," }).map {
                String($0).trimmingWhitespace()
            }.joined(separator: ";")
        default:
            return text.lowercased()
        }
    }

    private static func quoted(_ value: String) -> String {
        value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// A diagnostic about the generated pair file, moved to the raw field it came from.
    private static func relocate(
        _ diagnostic: Diagnostic, in csv: String, to rawFields: [[CSVTable.Field]], raw: SourceText
    ) -> Diagnostic {
        guard let location = diagnostic.location,
            case .success(let generated) = CSVTable.read(SourceText(path: raw.path, text: csv)),
            let rowIndex = generated.rows.firstIndex(where: { $0.first?.line == location.line }),
            rowIndex < rawFields.count
        else {
            return withoutLine(diagnostic)
        }
        let fieldIndex = generated.rows[rowIndex].lastIndex { $0.column <= location.column } ?? 0
        let field = rawFields[rowIndex][min(fieldIndex, rawFields[rowIndex].count - 1)]
        return Diagnostic(
            diagnostic.severity, diagnostic.message,
            at: SourceLocation(file: raw.path, line: field.line, column: field.column), note: diagnostic.note)
    }

    /// Raw exports hold names and addresses: their diagnostics never quote the line.
    private static func problem(_ message: String, in raw: SourceText, line: Int, column: Int = 1) -> Diagnostic {
        Diagnostic(.error, message, at: raw.location(line: line, column: column))
    }

    private static func withoutLine(_ diagnostic: Diagnostic) -> Diagnostic {
        Diagnostic(diagnostic.severity, diagnostic.message, at: diagnostic.location, note: diagnostic.note)
    }
}
