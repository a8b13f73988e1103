/// Raw HTML written in a Markdown body (an HTML block or an inline tag), which cmark's safe mode
/// replaces by a comment: where it is and which element it names.
public struct RawHTML: Sendable, Equatable {
    /// The tag as written up to its name: `<iframe`, `</div`.
    public let tag: String
    public let isBlock: Bool
    /// 1-based line and column (in Unicode scalars) within the Markdown text that was parsed.
    public let line: Int
    public let column: Int

    public init(tag: String, isBlock: Bool, line: Int, column: Int) {
        self.tag = tag
        self.isBlock = isBlock
        self.line = line
        self.column = column
    }

    /// The tag an HTML literal starts with (`<div`, `</span`), or nil for a comment, a
    /// declaration or a processing instruction, which show nothing when dropped.
    static func tag(of literal: String) -> String? {
        var scalars = literal.unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard scalars.first == "<" else { return nil }
        scalars = scalars.dropFirst()
        var tag = "<"
        if scalars.first == "/" {
            tag += "/"
            scalars = scalars.dropFirst()
        }
        guard let first = scalars.first, first.properties.isAlphabetic, first.isASCII else { return nil }
        for scalar in scalars {
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
            else { break }
            tag.unicodeScalars.append(scalar)
        }
        return tag
    }
}
