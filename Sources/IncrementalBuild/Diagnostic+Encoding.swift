import RoundtableKit

/// Warnings the cache keeps, so that a build that renders less reports as much.
extension Diagnostic {
    static func encode(_ diagnostics: [Diagnostic], _ writer: inout BinaryWriter) {
        writer.write(diagnostics.count)
        for diagnostic in diagnostics {
            let location = diagnostic.location ?? SourceLocation(file: "", line: 0)
            writer.write([
                diagnostic.severity.rawValue, diagnostic.message, location.file, diagnostic.sourceLine ?? "",
                diagnostic.note ?? "",
            ])
            writer.write(location.line)
            writer.write(location.column)
            writer.write(diagnostic.location != nil)
            writer.write(diagnostic.sourceLine != nil)
            writer.write(diagnostic.note != nil)
        }
    }

    static func decodeList(_ reader: inout BinaryReader) -> [Diagnostic]? {
        guard let count = reader.int(), count >= 0, count <= reader.remaining else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<count {
            guard let fields = reader.strings(), fields.count == 5, let severity = Severity(rawValue: fields[0]),
                let line = reader.int(), let column = reader.int(), let hasLocation = reader.bool(),
                let hasLine = reader.bool(), let hasNote = reader.bool()
            else { return nil }
            diagnostics.append(
                Diagnostic(
                    severity, fields[1],
                    at: hasLocation ? SourceLocation(file: fields[2], line: line, column: column) : nil,
                    sourceLine: hasLine ? fields[3] : nil, note: hasNote ? fields[4] : nil))
        }
        return diagnostics
    }
}

extension Diagnostic {
    /// Whether the warning comes from a pair file, which a build may leave unread.
    var isAboutAPairFile: Bool {
        location.map { $0.file.hasSuffix(".csv") && $0.file.contains("pairs/") } ?? false
    }
}
