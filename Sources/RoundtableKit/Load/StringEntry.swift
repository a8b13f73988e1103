import Yams

/// One string of a strings file (or of site.yaml's `strings`), with where it is written.
struct StringEntry: Sendable {
    let key: String
    let text: String
    /// Where the key is written, to quote it in a diagnostic.
    let source: SourceText
    let line: Int
    let column: Int

    func error(_ message: String, note: String?) -> Diagnostic {
        source.error(message, line: line, column: column, note: note)
    }

    /// The leaves of a nested mapping as dotted keys: `menu: {rounds: Rounds}` is `menu.rounds`.
    /// A string is one line, since templates insert it in place: a folded scalar (`>-`) joins lines.
    static func entries(
        in node: Node, context: YAMLContext, subject: String, prefix: String = ""
    ) -> ([StringEntry], [Diagnostic]) {
        guard let mapping = node.mapping else {
            return ([], [context.error("\(subject) must be a mapping of keys to strings", at: node)])
        }
        var entries: [StringEntry] = []
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string, !name.isEmpty, !name.contains(".") else {
                diagnostics.append(context.error("keys in \(subject) must be plain words", at: keyNode))
                continue
            }
            let key = prefix + name
            guard seen.insert(key).inserted else {
                diagnostics.append(context.error("duplicate key '\(key)' in \(subject)", at: keyNode))
                continue
            }
            if value.mapping != nil {
                let (nested, problems) = Self.entries(in: value, context: context, subject: subject, prefix: key + ".")
                entries += nested
                diagnostics += problems
            } else if let text = value.scalar?.string {
                var line = Substring(text)
                while line.hasSuffix("\n") { line = line.dropLast() }
                if line.contains("\n") {
                    diagnostics.append(context.error("string '\(key)' must be one line: fold it with '>-'", at: value))
                } else {
                    let place = context.location(of: keyNode)
                    entries.append(
                        StringEntry(
                            key: key, text: String(line), source: context.source, line: place.line,
                            column: place.column))
                }
            } else {
                diagnostics.append(context.error("string '\(key)' must be text or a mapping of strings", at: value))
            }
        }
        return (entries, diagnostics)
    }
}
