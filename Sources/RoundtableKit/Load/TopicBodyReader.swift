/// Reads a topic's body when its page is rendered, for topics whose body the loader did not
/// keep: the build then holds one body at a time, not all of them.
struct TopicBodyReader: Sendable {
    let loader: SiteLoader
    /// Front matter digests by path inside content/, as the site was assembled from them.
    let metadata: [String: ContentDigest]
    /// content/topics/ is no symbolic link out of content/ (checked once per build).
    let folderStaysInside: Bool

    init(loader: SiteLoader, metadata: [String: ContentDigest]) {
        self.loader = loader
        self.metadata = metadata
        folderStaysInside = loader.folderStaysInside("topics")
    }

    func body(of topic: Topic) -> (MarkdownSource?, [Diagnostic]) {
        guard let expected = metadata[topic.contentPath] else { return (nil, [changed(topic)]) }
        let (body, problem) = loader.readBody(of: topic, metadata: expected, folderStaysInside: folderStaysInside)
        if let problem { return (nil, [problem]) }
        guard let body else { return (nil, [changed(topic)]) }
        return (body, [])
    }

    private func changed(_ topic: Topic) -> Diagnostic {
        .error("content/\(topic.contentPath) changed while the site was being built; build again",
               at: SourceLocation(file: topic.body.file.path, line: 1))
    }
}
