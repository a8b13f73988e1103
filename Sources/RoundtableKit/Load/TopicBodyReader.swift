/// Reads a topic's body when its page is rendered, for topics loaded without one: the build
/// then holds one body at a time, not all of them.
struct TopicBodyReader: Sendable {
    let loader: SiteLoader
    /// content/topics/ is no symbolic link out of content/ (checked once per build).
    let folderStaysInside: Bool

    init(loader: SiteLoader) {
        self.loader = loader
        folderStaysInside = loader.folderStaysInside("topics")
    }

    /// The topic of `header`, its body left to be read.
    func topic(_ header: TopicHeader, contentPath: String, fileName: String) -> Topic {
        let shownPath = loader.displayPath(contentPath)
        let unread = MarkdownSource.unread(shownPath: shownPath, lineOffset: header.bodyLineOffset)
        var topic = Topic(
            slug: MarkdownFile.slugAndPrefix(fileName: fileName).slug, title: header.title, summary: header.summary,
            tags: header.tags, draft: header.draft, body: unread, contentPath: contentPath
        ) { [self] in
            body(contentPath: contentPath, shownPath: shownPath, header: header)
        }
        topic.updated = header.updated
        topic.order = header.order
        topic.aliases = header.aliases
        topic.anchors = header.anchors
        topic.summaryNote = header.summaryNote
        return topic
    }

    /// The front matter was parsed already; if it is still the same text, the body starts where it did.
    private func body(contentPath: String, shownPath: String, header: TopicHeader) -> (MarkdownSource?, [Diagnostic]) {
        switch loader.readText(
            contentPath, checkingLinks: loader.mayLeadOutside(contentPath, folderStaysInside: folderStaysInside))
        {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let source):
            guard FrontMatter.metadataDigest(of: source.text) == header.frontMatter else {
                return (
                    nil,
                    [
                        .error(
                            "content/\(contentPath) changed while the site was being built; build again",
                            at: SourceLocation(file: shownPath, line: 1))
                    ]
                )
            }
            let offset = header.bodyLineOffset
            return (MarkdownSource(text: source.text(fromLine: offset + 1), file: source, lineOffset: offset), [])
        }
    }
}
