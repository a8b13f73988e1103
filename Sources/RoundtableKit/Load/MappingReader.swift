import Foundation
import Yams

/// Reads one YAML mapping against a schema: typed fields, required and optional, and a report of
/// every key the schema does not know, with a did-you-mean.
struct MappingReader {
    let node: Node
    let context: YAMLContext
    /// What the mapping describes, for messages: "round", "topic front matter".
    let subject: String
    private(set) var diagnostics: [Diagnostic] = []
    private var values: [String: (key: Node, value: Node)] = [:]
    /// Keys that a misspelt key was taken for: their absence is already reported.
    private var suggestedKeys: Set<String> = []

    /// Reports a node that is not a mapping, duplicate keys and keys outside `allowedKeys`.
    init(_ node: Node, context: YAMLContext, subject: String, allowedKeys: [String]) {
        self.node = node
        self.context = context
        self.subject = subject
        guard let mapping = node.mapping else {
            diagnostics.append(context.error("\(subject) must be a mapping of keys to values", at: node))
            return
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.append(context.error("keys in \(subject) must be plain words", at: keyNode))
                continue
            }
            guard allowedKeys.contains(key) else {
                let suggestion = Suggestion.closest(to: key, in: allowedKeys)
                if let suggestion { suggestedKeys.insert(suggestion) }
                diagnostics.append(
                    context.error(
                        "unknown key '\(key)' in \(subject)", at: keyNode,
                        note: suggestion.map { "did you mean '\($0)'?" }
                            ?? "known keys: \(allowedKeys.joined(separator: ", "))"
                    ))
                continue
            }
            if values[key] != nil {
                diagnostics.append(context.error("duplicate key '\(key)' in \(subject)", at: keyNode))
                continue
            }
            values[key] = (keyNode, value)
        }
    }

    var isMapping: Bool { node.mapping != nil }

    func has(_ key: String) -> Bool { values[key] != nil && !isNull(values[key]!.value) }

    func valueNode(_ key: String) -> Node? { values[key]?.value }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func report(_ message: String, at node: Node, note: String? = nil) {
        diagnostics.append(context.error(message, at: node, note: note))
    }

    /// The value of a field that must be there; reports it missing otherwise.
    mutating func required(_ key: String) -> Node? {
        guard isMapping else { return nil }
        guard let value = values[key]?.value, !isNull(value) else {
            if let keyNode = values[key]?.key {
                report("'\(key)' in \(subject) has no value", at: keyNode)
            } else if !suggestedKeys.contains(key) {
                report("missing required field '\(key)' in \(subject)", at: node)
            }
            return nil
        }
        return value
    }

    mutating func string(_ key: String, required isRequired: Bool) -> String? {
        guard let value = isRequired ? required(key) : optional(key) else { return nil }
        guard let scalar = value.scalar else {
            report("'\(key)' must be text", at: value)
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty && isRequired {
            report("'\(key)' must not be empty", at: value)
            return nil
        }
        return text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = optional(key) else { return nil }
        guard let scalar = value.scalar, scalar.style == .plain,
            let bool = ["true": true, "false": false, "yes": true, "no": false][scalar.string.lowercased()]
        else {
            report("'\(key)' must be true or false", at: value)
            return nil
        }
        return bool
    }

    mutating func integer(_ key: String, required isRequired: Bool, in range: ClosedRange<Int> = 0...Int.max) -> Int? {
        guard let value = isRequired ? required(key) : optional(key) else { return nil }
        guard let number = plainInteger(value), range.contains(number) else {
            report("'\(key)' must be a whole number\(rangeText(range))", at: value)
            return nil
        }
        return number
    }

    /// A whole number, or the word `unknown`.
    mutating func figure(_ key: String, required isRequired: Bool = true) -> Known<Int>? {
        guard let value = isRequired ? required(key) : optional(key) else { return nil }
        if isUnknown(value) { return .unknown }
        guard let number = plainInteger(value) else {
            report("'\(key)' must be a whole number or 'unknown'", at: value)
            return nil
        }
        return .known(number)
    }

    /// An ISO 8601 date (`2016-02-29`), or the word `unknown`.
    mutating func date(_ key: String) -> Known<CalendarDate>? {
        guard let value = required(key) else { return nil }
        if isUnknown(value) { return .unknown }
        guard let text = value.scalar?.string, let date = CalendarDate(iso: text) else {
            if let text = value.scalar?.string, let reason = CalendarDate.whyNoSuchDay(text) {
                report("'\(key)' is \(text), a day that does not exist: \(reason)", at: value)
                return nil
            }
            report("'\(key)' must be a date written YYYY-MM-DD, or 'unknown'", at: value)
            return nil
        }
        return .known(date)
    }

    mutating func stringList(_ key: String, required isRequired: Bool) -> [String]? {
        guard let value = isRequired ? required(key) : optional(key) else { return nil }
        guard let sequence = value.sequence else {
            report("'\(key)' must be a list, such as [a, b]", at: value)
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string.trimmingWhitespace(), !text.isEmpty else {
                report("every item of '\(key)' must be a word or phrase", at: item)
                continue
            }
            items.append(text)
        }
        return items
    }

    mutating func sequence(_ key: String, required isRequired: Bool) -> [Node]? {
        guard let value = isRequired ? required(key) : optional(key) else { return nil }
        guard let sequence = value.sequence else {
            report("'\(key)' must be a list", at: value)
            return nil
        }
        return Array(sequence)
    }

    /// Markdown in a YAML string; block scalars (`|`) keep their line numbers.
    mutating func markdown(_ key: String, required isRequired: Bool) -> MarkdownSource? {
        guard let value = isRequired ? required(key) : optional(key) else { return nil }
        guard let scalar = value.scalar else {
            report("'\(key)' must be text (Markdown)", at: value)
            return nil
        }
        let location = context.location(of: value)
        let isBlock = scalar.style == .literal || scalar.style == .folded
        let firstLine = isBlock ? location.line + 1 : location.line
        let indentation =
            isBlock
            ? (context.source.line(firstLine)?.prefix { $0 == " " }.count ?? 0)
            : location.column - 1
        return MarkdownSource(
            text: scalar.string, file: context.source, lineOffset: firstLine - 1, columnOffset: indentation)
    }

    mutating func nestedMapping(
        _ key: String, subject nestedSubject: String, allowedKeys: [String], required isRequired: Bool
    ) -> MappingReader? {
        guard let value = isRequired ? required(key) : optional(key) else { return nil }
        return MappingReader(value, context: context, subject: nestedSubject, allowedKeys: allowedKeys)
    }

    /// An optional word from a fixed list.
    mutating func choice(_ key: String, choices: [String]) -> String? {
        guard let text = string(key, required: false), let value = valueNode(key) else { return nil }
        guard choices.contains(text) else {
            report(
                "'\(key)' must be \(choices.map { "'\($0)'" }.joined(separator: " or ")), not '\(text)'", at: value,
                note: Suggestion.note(for: text, in: choices))
            return nil
        }
        return text
    }

    mutating func absorb(_ other: MappingReader) {
        diagnostics += other.diagnostics
    }

    // MARK: - Helpers

    /// An optional date: nil when absent, empty or `unknown`.
    mutating func optionalDate(_ key: String) -> CalendarDate? {
        guard optional(key) != nil else { return nil }
        return date(key)?.value
    }

    private func optional(_ key: String) -> Node? {
        guard let value = values[key]?.value, !isNull(value) else { return nil }
        return value
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func isUnknown(_ node: Node) -> Bool {
        node.scalar?.string.lowercased() == "unknown"
    }

    private func plainInteger(_ node: Node) -> Int? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        let digits = scalar.string.replacingOccurrences(of: "_", with: "")
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    private func rangeText(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return range.lowerBound == 0 ? "" : " of at least \(range.lowerBound)" }
        return " from \(range.lowerBound) to \(range.upperBound)"
    }
}
