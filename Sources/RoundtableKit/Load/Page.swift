/// A standalone page (about, FAQ, code of conduct…), from `content/pages/<slug>.md`.
public struct Page: Sendable {
    public let slug: String
    public let title: String
    public let summary: String
    /// Pages with a menu weight appear in the site's main navigation, lightest first.
    public let menu: Int?
    public let draft: Bool
    public let body: MarkdownSource
    public let contentPath: String
    /// Headings' ids chosen in front matter (`anchors:`).
    public package(set) var anchors: [HeadingAnchor] = []
    /// Old addresses that redirect here (`aliases:`).
    public package(set) var aliases: [Alias] = []
}
