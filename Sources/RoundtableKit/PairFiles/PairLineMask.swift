/// The places of a pair file's data values, so that no diagnostic shows one: every field of a
/// data row is replaced by asterisks in the line a diagnostic quotes, the commas between fields
/// are kept, and the line keeps its length so that the caret still points at the right column.
/// Header names are not data and stay readable.
struct PairLineMask: Sendable {
    /// Per line, the column ranges to mask.
    private var ranges: [Int: [Range<Int>]] = [:]

    /// Masks a field on every line it spans, quotes included.
    mutating func add(_ field: CSVTable.Field) {
        var line = field.line
        var column = field.column
        var length = 0
        for scalar in field.written.unicodeScalars {
            if scalar == "\n" {
                ranges[line, default: []].append(column..<column + length)
                line += 1
                column = 1
                length = 0
            } else {
                length += 1
            }
        }
        ranges[line, default: []].append(column..<column + length)
    }

    /// The diagnostic with its quoted line masked, if the line holds data.
    func apply(to diagnostic: Diagnostic) -> Diagnostic {
        guard let location = diagnostic.location, let lineRanges = ranges[location.line],
            let shown = diagnostic.sourceLine
        else {
            return diagnostic
        }
        var scalars = Array(shown.unicodeScalars)
        for range in lineRanges {
            for index in range where index >= 1 && index - 1 < scalars.count { scalars[index - 1] = "*" }
        }
        return Self.replacingLine(of: diagnostic, with: scalars)
    }

    /// A data line that could not be split into fields: everything but the commas and quotes
    /// (which show where the problem is) becomes an asterisk.
    static func maskingWholeLine(of diagnostic: Diagnostic) -> Diagnostic {
        guard let shown = diagnostic.sourceLine else { return diagnostic }
        return replacingLine(of: diagnostic, with: shown.unicodeScalars.map { $0 == "," || $0 == "\"" ? $0 : "*" })
    }

    private static func replacingLine(of diagnostic: Diagnostic, with scalars: [Unicode.Scalar]) -> Diagnostic {
        var line = ""
        line.unicodeScalars.append(contentsOf: scalars)
        return Diagnostic(
            diagnostic.severity, diagnostic.message, at: diagnostic.location, sourceLine: line, note: diagnostic.note)
    }
}
