import RoundtableKit

/// A topic's front matter as the last build parsed it, so that an unchanged header is not
/// parsed with Yams again (a site has thousands of topics; an edit touches one).
extension TopicHeader {
    func encode(_ writer: inout BinaryWriter) {
        writer.write([title, summary])
        writer.write(tags)
        writer.write(draft)
        writer.write(bodyLineOffset)
        writer.write(frontMatter)
        writer.write(updated?.iso ?? "")
        writer.write(order.map(String.init) ?? "")
        // Each alias and anchor as its values, then where it is written and that line.
        writer.write(aliases.flatMap { [$0.path] + Self.fields($0.location, $0.sourceLine) })
        writer.write(anchors.flatMap { [$0.generated, $0.id] + Self.fields($0.location, $0.sourceLine) })
        // The summary note, when there is one, as its message and its place.
        writer.write(
            summaryNote.map { note in
                [note.message] + Self.fields(note.location ?? SourceLocation(file: "", line: 1), note.sourceLine)
            } ?? [])
    }

    static func decode(_ reader: inout BinaryReader) -> TopicHeader? {
        guard let texts = reader.strings(), texts.count == 2, let tags = reader.strings(), let draft = reader.bool(),
            let offset = reader.int(), let frontMatter = reader.digest(), let updated = reader.string(),
            let order = reader.string(), let aliasFields = reader.strings(), aliasFields.count % 5 == 0,
            let anchorFields = reader.strings(), anchorFields.count % 6 == 0, let noteFields = reader.strings(),
            noteFields.count == 0 || noteFields.count == 5
        else { return nil }
        var header = TopicHeader(
            title: texts[0], summary: texts[1], tags: tags, draft: draft, bodyLineOffset: offset,
            frontMatter: frontMatter)
        header.updated = CalendarDate(iso: updated)
        header.order = Int(order)
        header.aliases = stride(from: 0, to: aliasFields.count, by: 5).map { start in
            let place = place(aliasFields[start + 1..<start + 5])
            return Alias(path: aliasFields[start], location: place.location, sourceLine: place.line)
        }
        header.anchors = stride(from: 0, to: anchorFields.count, by: 6).map { start in
            let place = place(anchorFields[start + 2..<start + 6])
            return HeadingAnchor(
                generated: anchorFields[start], id: anchorFields[start + 1], location: place.location,
                sourceLine: place.line)
        }
        if noteFields.count == 5 {
            let place = place(noteFields[1..<5])
            header.summaryNote = Diagnostic(.note, noteFields[0], at: place.location, sourceLine: place.line)
        }
        return header
    }

    /// Four fields: file, line, column and the line's text.
    private static func fields(_ location: SourceLocation, _ line: String?) -> [String] {
        [location.file, String(location.line), String(location.column), line ?? ""]
    }

    private static func place(_ fields: ArraySlice<String>) -> (location: SourceLocation, line: String) {
        let start = fields.startIndex
        let location = SourceLocation(
            file: fields[start], line: Int(fields[start + 1]) ?? 1, column: Int(fields[start + 2]) ?? 1)
        return (location, fields[start + 3])
    }
}
