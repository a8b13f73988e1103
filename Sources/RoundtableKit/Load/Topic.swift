/// A discussion-topic guide, from `content/topics/<slug>.md`.
public struct Topic: Sendable {
    public let slug: String
    public let title: String
    public let summary: String
    public let tags: [String]
    public let draft: Bool
    public let body: MarkdownSource
    /// The path inside content/, such as `topics/library-spaces.md`.
    public let contentPath: String
    /// True when the build cache vouched for the file and it was not read: `body` is empty
    /// until the page has to be rendered (see `TopicBodyReader`).
    var bodyIsDeferred = false

    /// The same topic, its body to be read when its page is rendered.
    func withoutBody(shownPath: String) -> Topic {
        Topic(slug: slug, title: title, summary: summary, tags: tags, draft: draft,
              body: .unread(shownPath: shownPath, lineOffset: body.lineOffset),
              contentPath: contentPath, bodyIsDeferred: true)
    }
}
