/// A heading of a rendered body, with the id its HTML element carries.
public struct Heading: Sendable, Equatable {
    public let level: Int
    public let text: String
    public let id: String
    /// 1-based line within the Markdown text that was parsed.
    public let line: Int
    /// The id its text gives it, before `MarkdownOptions.headingIDs` chose another (prefix apart).
    public let generatedID: String

    public init(level: Int, text: String, id: String, line: Int, generatedID: String? = nil) {
        self.level = level
        self.text = text
        self.id = id
        self.generatedID = generatedID ?? id
        self.line = line
    }
}
