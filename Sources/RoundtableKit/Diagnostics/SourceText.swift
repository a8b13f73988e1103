import Foundation

/// The text of one input file with its lines indexed, so that a diagnostic can quote its line.
public struct SourceText: Sendable {
    /// The path shown in diagnostics, relative to the directory the user named (`content/…`).
    public let path: String
    public let text: String
    /// UTF-8 offsets where lines start, found the first time a line is asked for: most files
    /// are read without ever quoting one, and indexing every line of every body cost a sixth of
    /// reading them.
    private let lineIndex: LineIndex

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        lineIndex = LineIndex()
    }

    private var lineStarts: [Int] { lineIndex.starts(of: text) }

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

    /// Everything from the start of line `number` to the end, or "" past the end. Found by
    /// counting line endings: a body starts a few lines in, and no line of it needs indexing.
    package func text(fromLine number: Int) -> Substring {
        guard number >= 1 else { return "" }
        let utf8 = text.utf8
        var start = utf8.startIndex
        for _ in 1..<number {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return "" }
            start = utf8.index(after: newline)
        }
        return text[start...]
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

/// The line starts of one text, made once on first use. A class, so that copies of a
/// `SourceText` share them; the lock makes that first use safe from any thread.
private final class LineIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Int]?

    func starts(of text: String) -> [Int] {
        lock.withLock {
            if let made { return made }
            var text = text
            let starts = text.withUTF8 { bytes in
                var starts = [0]
                for offset in bytes.indices where bytes[offset] == 0x0A { starts.append(offset + 1) }
                return starts
            }
            made = starts
            return starts
        }
    }
}
