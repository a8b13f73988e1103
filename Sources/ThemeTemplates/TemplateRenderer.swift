/// Renders compiled templates. Values are what the pages build: `[String: Any]` dictionaries,
/// arrays of them, strings, numbers and booleans. Each lookup casts to those concrete types
/// only; a protocol cast (what swift-mustache does several times for every tag) goes through
/// the runtime's conformance cache and was half of all template time.
struct TemplateRenderer {
    let templates: ThemeTemplateSet
    /// The values sections have entered, innermost last.
    private var stack: [Frame]
    /// Prepended to every line a standalone partial renders.
    private var indentation = ""
    /// The blocks that `{{< parent}}` tags on the way here override; the outermost wins.
    private var overrides: [String: ThemeTemplate] = [:]

    typealias Node = ThemeTemplate.Node

    init(templates: ThemeTemplateSet, root: Any) {
        self.templates = templates
        stack = [Frame(root)]
        stack.reserveCapacity(16)
    }

    mutating func render(_ template: ThemeTemplate, into output: inout String) {
        guard !indentation.isEmpty else {
            for node in template.nodes { render(node, into: &output) }
            return
        }
        // As swift-mustache does: a node's output is indented when it starts a line of this template's output.
        var rendered = ""
        for node in template.nodes {
            var piece = ""
            render(node, into: &piece)
            if !piece.isEmpty, rendered.last == "\n" { rendered += indentation }
            rendered += piece
        }
        output += rendered
    }

    private mutating func render(_ node: Node, into output: inout String) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            let text = Self.text(of: value)
            if escaped { HTMLText.append(escaping: text, to: &output) } else { output += text }
        case .section(let name, let body):
            guard let value = lookUp(name) else { return }
            renderSection(value, body, into: &output)
        case .invertedSection(let name, let body):
            renderInvertedSection(lookUp(name), body, into: &output)
        case .partial(let name, let added, let partialOverrides):
            guard let template = templates.templates[name] else { return }
            let saved = (indentation, overrides)
            if let added { indentation += added }
            if let partialOverrides { overrides.merge(partialOverrides) { outer, _ in outer } }
            render(template, into: &output)
            (indentation, overrides) = saved
        case .block(let name, let defaultBody, let added):
            let saved = indentation
            indentation += added
            render(overrides[name] ?? defaultBody, into: &output)
            indentation = saved
        case .blockDefinition:
            break
        }
    }

    private mutating func renderSection(_ value: Any, _ body: ThemeTemplate, into output: inout String) {
        switch value {
        case let flag as Bool:
            if flag { render(body, into: &output) }
        case let items as [[String: Any]]:
            for item in items { render(body, entering: .values(item), into: &output) }
        case let values as [String: Any]:
            render(body, entering: .values(values), into: &output)
        case let items as [Any]:
            for item in items { render(body, entering: Frame(item), into: &output) }
        default:
            render(body, entering: .other(value), into: &output)
        }
    }

    private mutating func renderInvertedSection(_ value: Any?, _ body: ThemeTemplate, into output: inout String) {
        switch value {
        case .none:
            render(body, into: &output)
        case let flag as Bool:
            if !flag { render(body, into: &output) }
        case let items as [[String: Any]]:
            if items.isEmpty { render(body, entering: .other(items), into: &output) }
        case let items as [Any]:
            if items.isEmpty { render(body, entering: .other(items), into: &output) }
        default:
            break
        }
    }

    private mutating func render(_ body: ThemeTemplate, entering frame: Frame, into output: inout String) {
        stack.append(frame)
        render(body, into: &output)
        stack.removeLast()
    }

    /// The first name is looked up from the innermost value out (or in the innermost only, for
    /// `.name`), the rest of a dotted name inside what it found.
    private func lookUp(_ name: ThemeTemplate.Name) -> Any? {
        guard let first = name.parts.first else { return stack.last?.value }
        var found: Any?
        if name.currentOnly {
            found = stack[stack.count - 1].child(first)
        } else {
            var index = stack.count - 1
            while index >= 0 {
                if let child = stack[index].child(first) {
                    found = child
                    break
                }
                index -= 1
            }
        }
        for part in name.parts.dropFirst() {
            guard let value = found else { return nil }
            found = Self.child(part, of: value)
        }
        return found
    }

    private static func child(_ name: String, of value: Any) -> Any? {
        (value as? [String: Any])?[name]
    }

    private static func text(of value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        case let text as Substring: return String(text)
        default:
            // An optional shows what it holds, as in swift-mustache.
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value {
                return String(describing: wrapped)
            }
            return String(describing: value)
        }
    }

    /// A value a section entered, with a dictionary told apart once, when it is entered, rather
    /// than cast from `Any` at every lookup that passes it.
    private enum Frame {
        case values([String: Any])
        case other(Any)

        init(_ value: Any) {
            if let values = value as? [String: Any] { self = .values(values) } else { self = .other(value) }
        }

        var value: Any {
            switch self {
            case .values(let values): values
            case .other(let value): value
            }
        }

        func child(_ name: String) -> Any? {
            if case .values(let values) = self { return values[name] }
            return nil
        }
    }
}
