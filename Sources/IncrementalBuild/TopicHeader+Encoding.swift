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
    }

    static func decode(_ reader: inout BinaryReader) -> TopicHeader? {
        guard let texts = reader.strings(), texts.count == 2, let tags = reader.strings(), let draft = reader.bool(),
            let offset = reader.int(), let frontMatter = reader.digest(), let updated = reader.string(),
            let order = reader.string()
        else { return nil }
        var header = TopicHeader(
            title: texts[0], summary: texts[1], tags: tags, draft: draft, bodyLineOffset: offset,
            frontMatter: frontMatter)
        header.updated = CalendarDate(iso: updated)
        header.order = Int(order)
        return header
    }
}
