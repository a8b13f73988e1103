import Foundation

/// Writes diagnostics the way compilers do, so that editors and terminals can jump to them:
///
///     content/topics/library-spaces.md:4:9: error: 'tags' must be a list of strings
///         tags: spaces, buildings
///               ^
///     note: write it as [spaces, buildings]
public enum DiagnosticFormatter {
    public static func format(_ diagnostic: Diagnostic) -> String {
        var text = ""
        if let location = diagnostic.location {
            text += "\(location.file):\(location.line):\(location.column): "
        }
        text += "\(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        if let line = diagnostic.sourceLine, let location = diagnostic.location {
            let (excerpt, column) = window(of: line, around: location.column)
            text += "    \(excerpt.replacingTabs())\n"
            text += "    \(caretPadding(line: excerpt, column: column))^\n"
        }
        if let note = diagnostic.note {
            text += "note: \(note)\n"
        }
        return text
    }

    public static func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map(format).joined()
    }

    /// A long line (minified data, a runaway list) is cut to the part around the column.
    private static func window(of line: String, around column: Int, width: Int = 100) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        var excerpt = String(String.UnicodeScalarView(scalars[start..<end]))
        var shiftedColumn = column - start
        if start > 0 {
            excerpt = "…" + excerpt
            shiftedColumn += 1
        }
        if end < scalars.count { excerpt += "…" }
        return (excerpt, shiftedColumn)
    }

    /// Spaces up to the column, counting a tab as the four spaces it is shown as.
    private static func caretPadding(line: String, column: Int) -> String {
        var padding = ""
        for scalar in line.unicodeScalars.prefix(column - 1) {
            padding += scalar == "\t" ? "    " : " "
        }
        return padding
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        replacingOccurrences(of: "\t", with: "    ")
    }
}
