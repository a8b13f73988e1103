extension Topic {
    static let allowedKeys = ["title", "summary", "tags", "draft", "updated", "order", "aliases", "anchors"]

    static func load(_ source: SourceText, contentPath: String, fileName: String) -> (Topic?, [Diagnostic]) {
        let (opened, errors) = MarkdownFile.open(
            source, contentPath: contentPath, subject: "topic front matter", allowedKeys: allowedKeys)
        guard var file = opened else { return (nil, errors) }
        let title = file.fields.string("title", required: true)
        let fallback = file.fields.has("summary") ? nil : SummaryFallback.summary(of: file.body)
        let summary = fallback?.summary ?? file.fields.string("summary", required: true)
        let tags = file.fields.stringList("tags", required: true)
        let draft = file.fields.bool("draft") ?? false
        let updated = file.fields.optionalDate("updated")
        let order = file.fields.integer("order", required: false)
        let aliases = Alias.read(from: &file.fields)
        let anchors = HeadingAnchor.read(from: &file.fields)
        guard file.fields.diagnostics.isEmpty, let title, let summary, let tags else {
            return (nil, file.fields.diagnostics)
        }
        let slug = MarkdownFile.slugAndPrefix(fileName: fileName).slug
        var topic = Topic(
            slug: slug, title: title, summary: summary, tags: tags, draft: draft, body: file.body,
            contentPath: contentPath)
        topic.updated = updated
        topic.order = order
        topic.aliases = aliases
        topic.anchors = anchors
        topic.summaryNote = fallback?.note
        return (topic, fallback.map { [$0.note] } ?? [])
    }
}
