extension Chapter {
    static let allowedKeys = ["title", "summary", "order", "draft", "updated", "licence", "aliases", "anchors"]

    static func load(_ source: SourceText, contentPath: String, fileName: String) -> (Chapter?, [Diagnostic]) {
        let (opened, errors) = MarkdownFile.open(
            source, contentPath: contentPath, subject: "chapter front matter", allowedKeys: allowedKeys)
        guard var file = opened else { return (nil, errors) }
        let title = file.fields.string("title", required: true)
        let fallback = file.fields.has("summary") ? nil : SummaryFallback.summary(of: file.body)
        let summary = fallback?.summary ?? file.fields.string("summary", required: true)
        let order = file.fields.integer("order", required: false)
        let draft = file.fields.bool("draft") ?? false
        let updated = file.fields.optionalDate("updated")
        let licence = Licence.read(from: &file.fields)
        let aliases = Alias.read(from: &file.fields)
        let anchors = HeadingAnchor.read(from: &file.fields)
        guard file.fields.diagnostics.isEmpty, let title, let summary else { return (nil, file.fields.diagnostics) }
        let (prefix, slug) = MarkdownFile.slugAndPrefix(fileName: fileName)
        var chapter = Chapter(
            slug: slug, title: title, summary: summary, order: order ?? prefix, draft: draft, body: file.body,
            contentPath: contentPath)
        chapter.updated = updated
        chapter.licence = licence
        chapter.aliases = aliases
        chapter.anchors = anchors
        let components = contentPath.split(separator: "/")
        if components.count == 3 {
            chapter.partFolder = String(components[1])
            chapter.part = MarkdownFile.slugAndPrefix(fileName: String(components[1])).slug
        }
        return (chapter, fallback.map { [$0.note] } ?? [])
    }
}
