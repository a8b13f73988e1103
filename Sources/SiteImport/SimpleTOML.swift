import RoundtableKit

/// The few settings the import needs from `book.toml`: string values of simple `key = "value"`
/// lines, named `table.key` (`book.title`, `output.html.site-url`). Not a TOML parser: what it
/// cannot read it leaves to the organiser, as a note.
enum SimpleTOML {
    static func strings(in source: SourceText, notes: inout [Diagnostic]) -> [String: String] {
        var table = ""
        var values: [String: String] = [:]
        for number in 1...max(source.lineCount, 1) {
            guard let line = source.line(number)?.trimmingSpaces(), !line.isEmpty, !line.hasPrefix("#") else {
                continue
            }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                table = line.dropFirst().dropLast().trimmingSpaces()
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingSpaces()
            let value = line[line.index(after: equals)...].trimmingSpaces()
            guard let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote else {
                continue
            }
            let text = String(value.dropFirst().dropLast())
            values[table.isEmpty ? key : table + "." + key] =
                quote == "\""
                ? text.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\") : text
        }
        return values
    }
}

extension SimpleTOML {
    /// The book's `src` folder as book.toml names it (`src` unless it says otherwise).
    static func sourceFolder(of book: SourceFolder) -> String {
        var ignored: [Diagnostic] = []
        return book.source("book.toml").flatMap { strings(in: $0, notes: &ignored)["book.src"] } ?? "src"
    }
}
