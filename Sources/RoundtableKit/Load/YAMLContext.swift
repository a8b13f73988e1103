import Yams

/// YAML text inside a source file: parses it with positions, and turns positions inside the YAML
/// into positions in the file (front matter starts below its opening fence).
struct YAMLContext {
    let source: SourceText
    /// How many lines of the file come before the first line of the YAML text.
    let lineOffset: Int

    /// Parses the YAML into a node tree, or reports where it is malformed.
    /// The basic resolver keeps every scalar a string: the schema that reads it decides its type.
    func parse(_ yaml: String) -> (node: Node?, diagnostics: [Diagnostic]) {
        do {
            return (try Yams.compose(yaml: yaml, .basic, .default, .utf8), [])
        } catch let error as YamlError {
            return (
                nil,
                [diagnostic(for: error, lineCount: yaml.split(separator: "\n", omittingEmptySubsequences: false).count)]
            )
        } catch {
            return (nil, [source.error("malformed YAML: \(error)", line: lineOffset + 1)])
        }
    }

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return source.location(line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node, note: String? = nil) -> Diagnostic {
        let location = location(of: node)
        return source.error(message, line: location.line, column: location.column, note: note)
    }

    /// Where libyaml found the problem; when that is past the end of the YAML (an unclosed
    /// bracket or quote), where the construct it was parsing began.
    private func diagnostic(for error: YamlError, lineCount: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
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
}
