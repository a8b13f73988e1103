/// Markdown text and where it sits in its file, so that a broken link inside it can be reported
/// at its real line and column.
public struct MarkdownSource: Sendable {
    /// A slice of the file's text where the body is the rest of the file, so that the two share
    /// their storage.
    public let text: Substring
    public let file: SourceText
    /// Lines of the file before the first line of `text`.
    public let lineOffset: Int
    /// Columns of indentation stripped from every line (block scalars in YAML).
    public let columnOffset: Int

    public init(text: Substring, file: SourceText, lineOffset: Int, columnOffset: Int = 0) {
        self.text = text
        self.file = file
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
    }

    public init(text: String, file: SourceText, lineOffset: Int, columnOffset: Int = 0) {
        self.init(text: text[...], file: file, lineOffset: lineOffset, columnOffset: columnOffset)
    }

    /// A body not read yet: its file's place and line offset, no text.
    static func unread(shownPath: String, lineOffset: Int) -> MarkdownSource {
        MarkdownSource(text: "", file: SourceText(path: shownPath, text: ""), lineOffset: lineOffset)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        file.location(line: line + lineOffset, column: column + columnOffset)
    }
}
