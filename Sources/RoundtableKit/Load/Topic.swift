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
}
