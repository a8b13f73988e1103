import Markdown

/// `content/site.yaml`: what the whole site is and how it is built.
public struct SiteConfig: Sendable {
    public var title: String
    public var baseURL: BaseURL
    public var description: String
    public var language: String
    /// Nil when site.yaml names none: no page then claims a licence.
    public var licence: Licence?
    /// `edit_url` and `edit_paths`.
    public var editLink: EditLink?
    public var intro: MarkdownSource?
    /// The program's own sentences under the handbook's and the topic guides' headings.
    public var handbookIntro: String?
    public var topicsIntro: String?
    /// `topics_index: in_order` lists the guides in one list, in their order, instead of grouping
    /// them by tag (`by_tag`, the default).
    public var listsTopicsInOrder = false
    /// The site's own words over the theme's (`strings: {statistics: {sectors: Library sectors}}`).
    var strings: [StringEntry]
    public var theme: String
    public var markdown: MarkdownOptions
    /// k: a count of people or pairs from 1 to k − 1 is never published.
    public var disclosureThreshold: Int

    static let allowedKeys = [
        "title", "base_url", "description", "language", "licence", "edit_url", "edit_paths", "intro", "handbook_intro",
        "topics_intro", "topics_index", "strings", "theme", "markdown", "privacy",
    ]
    static let defaultDisclosureThreshold = 5
}
