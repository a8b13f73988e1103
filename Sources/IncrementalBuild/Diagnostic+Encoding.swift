import RoundtableKit

/// The warnings of the last build, kept in the cache: a build that does not read every file
/// (nothing changed, or pair files left unread) still reports what a full build would.
extension Diagnostic {
    func encode(_ writer: inout BinaryWriter) {
        writer.write([severity.rawValue, message, location?.file ?? "", sourceLine ?? "", note ?? ""])
        writer.write([location != nil, sourceLine != nil, note != nil].map { $0 ? "1" : "" })
        writer.write(location?.line ?? 0)
        writer.write(location?.column ?? 0)
    }

    static func decode(_ reader: inout BinaryReader) -> Diagnostic? {
        guard let texts = reader.strings(), texts.count == 5, let present = reader.strings(), present.count == 3,
            let line = reader.int(), let column = reader.int(), let severity = Severity(rawValue: texts[0])
        else { return nil }
        let location = present[0].isEmpty ? nil : SourceLocation(file: texts[2], line: line, column: column)
        return Diagnostic(
            severity, texts[1], at: location, sourceLine: present[1].isEmpty ? nil : texts[3],
            note: present[2].isEmpty ? nil : texts[4])
    }

    /// Whether the warning comes from a pair file, which a build may leave unread.
    var isAboutAPairFile: Bool {
        location.map { $0.file.hasSuffix(".csv") && $0.file.contains("pairs/") } ?? false
    }
}
