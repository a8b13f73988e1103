/// A topic's front matter as the last build parsed it, so that an unchanged header is not
/// parsed with Yams again (a site has thousands of topics; an edit touches one).
struct TopicMemory: Sendable {
    /// Of the front matter text, fences included.
    let metadata: ContentDigest
    let title: String
    let summary: String
    let tags: [String]
    let draft: Bool
    let bodyLineOffset: Int

    init(_ topic: Topic, metadata: ContentDigest) {
        self.init(metadata: metadata, title: topic.title, summary: topic.summary, tags: topic.tags, draft: topic.draft,
                  bodyLineOffset: topic.body.lineOffset)
    }

    init(metadata: ContentDigest, title: String, summary: String, tags: [String], draft: Bool, bodyLineOffset: Int) {
        self.metadata = metadata
        self.title = title
        self.summary = summary
        self.tags = tags
        self.draft = draft
        self.bodyLineOffset = bodyLineOffset
    }

    /// The topic again, with its body taken from the file as it is now.
    func topic(from source: SourceText, contentPath: String, fileName: String) -> Topic {
        Topic(slug: MarkdownFile.slugAndPrefix(fileName: fileName).slug, title: title, summary: summary, tags: tags, draft: draft,
              body: MarkdownSource(text: source.text(fromLine: bodyLineOffset + 1), file: source, lineOffset: bodyLineOffset),
              contentPath: contentPath)
    }
}
