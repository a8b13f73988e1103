/// The text of one input file with its lines indexed, so that a diagnostic can quote its line.
public struct SourceText: Sendable {
    /// The path shown in diagnostics, relative to the directory the user named (`content/…`).
    public let path: String
    public let text: String
    private let lineStarts: [String.Index]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == 0x0A { starts.append(next) }
            index = next
        }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The 1-based line without its line ending, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? text.index(before: lineStarts[number]) : text.endIndex
        var line = text[start..<end]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return String(line)
    }

    /// Everything from the start of line `number` to the end, or "" past the end.
    func text(fromLine number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        return text[lineStarts[number - 1]...]
    }

    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    public func error(_ message: String, line: Int, column: Int = 1, note: String? = nil) -> Diagnostic {
        .error(message, at: location(line: line, column: column), in: self, note: note)
    }

    public func warning(_ message: String, line: Int, column: Int = 1, note: String? = nil) -> Diagnostic {
        .warning(message, at: location(line: line, column: column), in: self, note: note)
    }
}
