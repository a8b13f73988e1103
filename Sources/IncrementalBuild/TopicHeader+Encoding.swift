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
        // Each alias as its path, where it is written and that line.
        writer.write(
            aliases.flatMap {
                [$0.path, $0.location.file, String($0.location.line), String($0.location.column), $0.sourceLine ?? ""]
            })
        writer.write(
            anchors.flatMap {
                [
                    $0.generated, $0.id, $0.location.file, String($0.location.line), String($0.location.column),
                    $0.sourceLine ?? "",
                ]
            })
    }

    static func decode(_ reader: inout BinaryReader) -> TopicHeader? {
        guard let texts = reader.strings(), texts.count == 2, let tags = reader.strings(), let draft = reader.bool(),
            let offset = reader.int(), let frontMatter = reader.digest(), let updated = reader.string(),
            let order = reader.string(), let aliasFields = reader.strings(), aliasFields.count % 5 == 0,
            let anchorFields = reader.strings(), anchorFields.count % 6 == 0
        else { return nil }
        var header = TopicHeader(
            title: texts[0], summary: texts[1], tags: tags, draft: draft, bodyLineOffset: offset,
            frontMatter: frontMatter)
        header.updated = CalendarDate(iso: updated)
        header.order = Int(order)
        header.aliases = stride(from: 0, to: aliasFields.count, by: 5).map { start in
            let fields = aliasFields[start..<start + 5]
            let location = SourceLocation(
                file: fields[start + 1], line: Int(fields[start + 2]) ?? 1, column: Int(fields[start + 3]) ?? 1)
            return Alias(path: fields[start], location: location, sourceLine: fields[start + 4])
        }
        header.anchors = stride(from: 0, to: anchorFields.count, by: 6).map { start in
            let fields = anchorFields[start..<start + 6]
            let location = SourceLocation(
                file: fields[start + 2], line: Int(fields[start + 3]) ?? 1, column: Int(fields[start + 4]) ?? 1)
            return HeadingAnchor(
                generated: fields[start], id: fields[start + 1], location: location, sourceLine: fields[start + 5])
        }
        return header
    }
}
