import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the commands print, a line at a time so that lines from the server and the builds do
/// not interleave; problems in colour on a terminal (never with NO_COLOR or into a file).
enum Terminal {
    private static let lock = NSLock()

    static func say(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: .standardOutput)
    }

    /// Diagnostics as `DiagnosticFormatter` writes them, or a summary line such as `2 errors`.
    static func problems(_ text: String) {
        let text = text.hasSuffix("\n") ? text : text + "\n"
        write(usesColour(STDERR_FILENO) ? coloured(text) : text, to: .standardError)
    }

    static func usesColour(_ descriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(descriptor) == 1 && environment["NO_COLOR"].map(\.isEmpty) != false
            && environment["TERM"] != "dumb"
    }

    /// `error:` in red, `warning:` in yellow, `note:` in cyan, each file position in bold; the
    /// quoted source lines (indented) as they are.
    static func coloured(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard !line.hasPrefix(" ") else { return String(line) }
            for (word, colour) in [("error:", "31"), ("warning:", "33"), ("note:", "36")] {
                let marker = line.hasPrefix(word) ? line.startIndex : line.range(of: ": " + word)?.lowerBound
                guard let marker else { continue }
                let wordStart = line.hasPrefix(word) ? marker : line.index(marker, offsetBy: 2)
                let wordEnd = line.index(wordStart, offsetBy: word.count)
                let position = line[..<marker]
                let rest = line[wordEnd...]
                let head = position.isEmpty ? "" : "\u{1B}[1m\(position)\u{1B}[0m: "
                return head + "\u{1B}[1;\(colour)m\(word)\u{1B}[0m" + rest
            }
            let isCount = line.contains(" error") || line.contains(" warning")
            return isCount && line.first?.isNumber == true ? "\u{1B}[1m\(line)\u{1B}[0m" : String(line)
        }.joined(separator: "\n")
    }

    private static func write(_ text: String, to handle: FileHandle) {
        lock.withLock { handle.write(Data(text.utf8)) }
    }
}

/// "building… 3 s" on the terminal while a build takes longer than a second; nothing when
/// standard error is not a terminal or the command is quiet.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = false
    private var task: Task<Void, Never>?

    init(_ activity: String, quiet: Bool) {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return }
        task = Task.detached { [self] in
            var seconds = 1
            while true {
                try? await Task.sleep(for: .seconds(1))
                if Task.isCancelled { return }
                lock.withLock {
                    shown = true
                    FileHandle.standardError.write(Data("\r\(activity)… \(seconds) s".utf8))
                }
                seconds += 1
            }
        }
    }

    /// Takes the line away again, if it was shown.
    func end() {
        lock.withLock {
            task?.cancel()
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
        }
    }
}
