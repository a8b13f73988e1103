/// The text of one input file with its lines indexed, so that a diagnostic can quote its line.
public struct SourceText: Sendable {
    /// The path shown in diagnostics, relative to the directory the user named (`content/…`).
    public let path: String
    public let text: String
    /// UTF-8 offsets where lines start.
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        lineStarts =
            text.utf8.withContiguousStorageIfAvailable(Self.lineStarts)
            ?? Array(text.utf8).withUnsafeBufferPointer(Self.lineStarts)
    }

    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        for offset in bytes.indices where bytes[offset] == 0x0A { starts.append(offset + 1) }
        return starts
    }

    private func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    public var lineCount: Int { lineStarts.count }

    /// The 1-based line without its line ending, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = index(lineStarts[number - 1])
        let end = number < lineStarts.count ? index(lineStarts[number] - 1) : text.endIndex
        var line = text[start..<end]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return String(line)
    }

    /// Everything from the start of line `number` to the end, or "" past the end.
    package func text(fromLine number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        return text[index(lineStarts[number - 1])...]
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
