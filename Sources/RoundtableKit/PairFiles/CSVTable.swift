import CSV

/// A CSV file read by CSV.swift, with the line and column where every field starts.
///
/// CSV.swift decodes the records but keeps no positions and accepts malformed quoting silently,
/// so the decoded fields are walked along the text: a field must re-encode to exactly what is
/// written (RFC 4180 quoting), which both places it and catches a stray or unclosed quote.
struct CSVTable {
    struct Field {
        let value: String
        let line: Int
        let column: Int
        /// The text as written, quotes included, so that a diagnostic can mask it.
        let written: String
    }

    /// The header first, then one entry per record; blank lines are skipped.
    let rows: [[Field]]

    static func read(_ source: SourceText) -> Result<CSVTable, Diagnostic> {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: source.text, hasHeaderRow: false)
        } catch {
            return .failure(source.error("cannot read this file as CSV", line: 1))
        }
        var cursor = Cursor(scalars: Array(source.text.unicodeScalars))
        var rows: [[Field]] = []
        while let record = reader.next() {
            var fields: [Field] = []
            for (index, value) in record.enumerated() {
                let (line, column) = (cursor.line, cursor.column)
                let quoted = cursor.peek == "\""
                if !quoted, value.contains("\"") {
                    let offset =
                        value.unicodeScalars.firstIndex(of: "\"").map {
                            value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: $0)
                        } ?? 0
                    return .failure(
                        masked(
                            source.error(
                                "a quote inside an unquoted field", line: line, column: column + offset,
                                note: "put the whole field in quotes and double the quote inside it: \"a \"\"b\"\" c\""
                            ), isData: !rows.isEmpty))
                }
                let written = quoted ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
                guard cursor.consume(written) else {
                    let closes = cursor.hasClosingQuote()
                    return .failure(
                        masked(
                            source.error(
                                closes ? "text after the closing quote of a field" : "this quote is never closed",
                                line: line, column: column,
                                note:
                                    "a quoted field ends with a quote followed by a comma or the end of the line; "
                                    + "write a quote inside it as \"\""
                            ), isData: !rows.isEmpty))
                }
                fields.append(Field(value: value, line: line, column: column, written: written))
                if index < record.count - 1 { cursor.skip(",") } else { cursor.skip("\n") }
            }
            if fields.count == 1, fields[0].value.isEmpty { continue }
            rows.append(fields)
        }
        return .success(CSVTable(rows: rows))
    }

    /// A line of data (any row after the header) is never shown as written.
    private static func masked(_ diagnostic: Diagnostic, isData: Bool) -> Diagnostic {
        isData ? PairLineMask.maskingWholeLine(of: diagnostic) : diagnostic
    }

    /// A position in the text, counted in Unicode scalars like CSV.swift reads it.
    private struct Cursor {
        let scalars: [Unicode.Scalar]
        var offset = 0
        var line = 1
        var column = 1

        var peek: Unicode.Scalar? { offset < scalars.count ? scalars[offset] : nil }

        mutating func consume(_ text: String) -> Bool {
            let expected = Array(text.unicodeScalars)
            guard offset + expected.count <= scalars.count, Array(scalars[offset..<offset + expected.count]) == expected
            else { return false }
            for scalar in expected { advance(over: scalar) }
            return true
        }

        mutating func skip(_ scalar: Unicode.Scalar) {
            if peek == scalar { advance(over: scalar) }
        }

        /// Whether the quoted field starting here has a closing quote at all.
        func hasClosingQuote() -> Bool {
            var index = offset + 1
            while index < scalars.count {
                if scalars[index] == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        index += 2
                        continue
                    }
                    return true
                }
                index += 1
            }
            return false
        }

        private mutating func advance(over scalar: Unicode.Scalar) {
            offset += 1
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
    }
}
