/// A link or image destination as written in the Markdown source.
public struct LinkReference: Sendable, Equatable {
    public let destination: String
    public let isImage: Bool
    /// 1-based line and column (in Unicode scalars) within the Markdown text that was parsed.
    public let line: Int
    public let column: Int

    public init(destination: String, isImage: Bool, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
    }
}

/// A link or image and where it starts in the Markdown source, as a byte offset.
public struct LinkSpan: Sendable, Equatable {
    public let destination: String
    public let isImage: Bool
    /// Byte offset of its `[` (or `!` of `![`) within the UTF-8 text that was parsed.
    public let offset: Int
    public let line: Int
    public let column: Int
}
