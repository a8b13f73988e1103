/// A topic's front matter as the last build parsed it, so that an unchanged header is not
/// parsed with Yams again (a site has thousands of topics; an edit touches one).
struct TopicMemory: Sendable {
    /// Of the front matter text, fences included.
    let metadata: ContentDigest
    /// Of the whole file.
    let whole: ContentDigest
    /// The file as `stat` saw it before it was read.
    let signature: FileSignature?
    /// Whether the file is older than the build that read it by two seconds or more, so that a
    /// later change cannot have kept its time (git's racy-clean rule).
    var trusted = false
    let title: String
    let summary: String
    let tags: [String]
    let draft: Bool
    let bodyLineOffset: Int

    init(_ topic: Topic, metadata: ContentDigest, whole: ContentDigest, signature: FileSignature?) {
        self.init(metadata: metadata, whole: whole, signature: signature, title: topic.title, summary: topic.summary, tags: topic.tags,
                  draft: topic.draft, bodyLineOffset: topic.body.lineOffset)
    }

    init(metadata: ContentDigest, whole: ContentDigest, signature: FileSignature?, title: String, summary: String, tags: [String],
         draft: Bool, bodyLineOffset: Int) {
        self.metadata = metadata
        self.whole = whole
        self.signature = signature
        self.title = title
        self.summary = summary
        self.tags = tags
        self.draft = draft
        self.bodyLineOffset = bodyLineOffset
    }

    /// The topic without reading its file: the body stays empty until it is needed.
    func deferredTopic(shownPath: String, contentPath: String, fileName: String) -> Topic {
        Topic(slug: MarkdownFile.slugAndPrefix(fileName: fileName).slug, title: title, summary: summary, tags: tags, draft: draft,
              body: .unread(shownPath: shownPath, lineOffset: bodyLineOffset),
              contentPath: contentPath, bodyIsDeferred: true)
    }

    /// The topic again, with its body taken from the file as it is now.
    func topic(from source: SourceText, contentPath: String, fileName: String) -> Topic {
        Topic(slug: MarkdownFile.slugAndPrefix(fileName: fileName).slug, title: title, summary: summary, tags: tags, draft: draft,
              body: MarkdownSource(text: source.text(fromLine: bodyLineOffset + 1), file: source, lineOffset: bodyLineOffset),
              contentPath: contentPath)
    }
}

extension TopicMemory {
    func encode(_ writer: inout BinaryWriter) {
        writer.write(metadata)
        writer.write(whole)
        writer.write(trusted)
        writer.write(signature != nil)
        if let signature { writer.write(signature) }
        writer.write([title, summary])
        writer.write(tags)
        writer.write(draft)
        writer.write(bodyLineOffset)
    }

    static func decode(_ reader: inout BinaryReader) -> TopicMemory? {
        guard let metadata = reader.digest(), let whole = reader.digest(), let trusted = reader.bool(), let hasSignature = reader.bool() else { return nil }
        var signature: FileSignature?
        if hasSignature { guard let stored = reader.signature() else { return nil }; signature = stored }
        guard let texts = reader.strings(), texts.count == 2, let tags = reader.strings(), let draft = reader.bool(),
              let offset = reader.int() else { return nil }
        var topic = TopicMemory(metadata: metadata, whole: whole, signature: signature, title: texts[0], summary: texts[1],
                                tags: tags, draft: draft, bodyLineOffset: offset)
        topic.trusted = trusted
        return topic
    }
}
