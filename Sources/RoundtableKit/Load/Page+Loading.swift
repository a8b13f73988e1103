extension Page {
    static let allowedKeys = ["title", "summary", "menu", "draft", "aliases", "anchors"]

    static func load(_ source: SourceText, contentPath: String, fileName: String) -> (Page?, [Diagnostic]) {
        let (opened, errors) = MarkdownFile.open(
            source, contentPath: contentPath, subject: "page front matter", allowedKeys: allowedKeys)
        guard var file = opened else { return (nil, errors) }
        let title = file.fields.string("title", required: true)
        let fallback = file.fields.has("summary") ? nil : SummaryFallback.summary(of: file.body)
        let summary = fallback?.summary ?? file.fields.string("summary", required: true)
        let menu = file.fields.integer("menu", required: false)
        let draft = file.fields.bool("draft") ?? false
        let aliases = Alias.read(from: &file.fields)
        let anchors = HeadingAnchor.read(from: &file.fields)
        guard file.fields.diagnostics.isEmpty, let title, let summary else { return (nil, file.fields.diagnostics) }
        let slug = MarkdownFile.slugAndPrefix(fileName: fileName).slug
        var page = Page(
            slug: slug, title: title, summary: summary, menu: menu, draft: draft, body: file.body,
            contentPath: contentPath)
        page.aliases = aliases
        page.anchors = anchors
        return (page, fallback.map { [$0.note] } ?? [])
    }
}
