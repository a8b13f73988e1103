import Yams

/// YAML text inside a source file: parses it with positions, and turns positions inside the YAML
/// into positions in the file (front matter starts below its opening fence).
package struct YAMLContext {
    package let source: SourceText
    /// How many lines of the file come before the first line of the YAML text.
    package let lineOffset: Int

    package init(source: SourceText, lineOffset: Int) {
        self.source = source
        self.lineOffset = lineOffset
    }

    /// Parses the YAML into a node tree, or reports where it is malformed.
    /// The basic resolver keeps every scalar a string: the schema that reads it decides its type.
    package func parse(_ yaml: String) -> (node: Node?, diagnostics: [Diagnostic]) {
        do {
            return (try Yams.compose(yaml: yaml, .basic, .default, .utf8), [])
        } catch let error as YamlError {
            return (
                nil,
                [
                    diagnostic(
                        for: error, in: yaml,
                        lineCount: yaml.split(separator: "\n", omittingEmptySubsequences: false).count)
                ]
            )
        } catch {
            return (nil, [source.error("malformed YAML: \(error)", line: lineOffset + 1)])
        }
    }

    package func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return source.location(line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    package func error(_ message: String, at node: Node, note: String? = nil) -> Diagnostic {
        let location = location(of: node)
        return source.error(message, line: location.line, column: location.column, note: note)
    }

    /// Where libyaml found the problem; when that is past the end of the YAML (an unclosed
    /// bracket or quote), where the construct it was parsing began.
    private func diagnostic(for error: YamlError, in yaml: String, lineCount: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            if let tab = Self.tabIndentation(in: lines, near: mark.line) {
                return source.error(
                    "malformed YAML: a tab indents this line; YAML indents with spaces only, so replace the tab "
                        + "with spaces",
                    line: tab.line + lineOffset, column: tab.column)
            }
            if problem == "mapping values are not allowed in this context", mark.line <= lines.count,
                let quoted = Self.quotingValue(of: lines[mark.line - 1])
            {
                return source.error(
                    "malformed YAML: the value of '\(quoted.key)' holds ': ', which YAML reads as the start of "
                        + "another key; put the value in quotes",
                    line: mark.line + lineOffset, column: mark.column, note: "with quotes: \(quoted.line)")
            }
            var message = "malformed YAML: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line + lineOffset))"
            }
            let place =
                mark.line > lineCount || (mark.line == lineCount && mark.column == 1 && context != nil)
                ? context?.mark ?? mark : mark
            return source.error(message, line: place.line + lineOffset, column: place.column)
        case .reader(let problem, _, _, _):
            return source.error("unreadable YAML: \(problem)", line: lineOffset + 1)
        default:
            return source.error("malformed YAML: \(error)", line: lineOffset + 1)
        }
    }

    /// The line (1-based) whose indentation holds a tab, and the column of that tab, when it is
    /// `line` or the one below it: libyaml reports a tab as something else, often a line early.
    /// A tab further away (in a block of text, say) has nothing to do with the problem.
    private static func tabIndentation(in lines: [Substring], near line: Int) -> (line: Int, column: Int)? {
        for number in [line, line + 1] where (1...lines.count).contains(number) {
            let text = lines[number - 1]
            let indentation = text.prefix { $0 == " " || $0 == "\t" }
            guard indentation.count < text.count, let tab = indentation.firstIndex(of: "\t") else { continue }
            return (number, text.distance(from: text.startIndex, to: tab) + 1)
        }
        return nil
    }

    /// `title: Careers: where next` → the key and `title: "Careers: where next"` (without the
    /// line's indentation); nil when the line is not a key with a plain value that holds `: `.
    static func quotingValue(of line: Substring) -> (key: String, line: String)? {
        var rest = line.drop { $0 == " " }
        let item = rest.hasPrefix("- ") ? "- " : ""
        rest = rest.dropFirst(item.count)
        guard let separator = rest.range(of: ": ") else { return nil }
        let key = rest[..<separator.lowerBound]
        var value = rest[separator.upperBound...].drop { $0 == " " }
        var comment: Substring = ""
        if let hash = value.range(of: " #") {
            comment = value[hash.lowerBound...]
            value = value[..<hash.lowerBound]
        }
        while value.last == " " { value.removeLast() }
        guard !key.isEmpty, !key.contains(where: { "\"'[]{}#".contains($0) }), value.contains(": "),
            let first = value.first, !"\"'[{|>&*!".contains(first)
        else { return nil }
        let quoted =
            value.contains("\"") || value.contains("\\")
            ? "'" + value.replacingOccurrences(of: "'", with: "''") + "'" : "\"" + value + "\""
        return (String(key), item + key + ": " + quoted + comment)
    }
}
