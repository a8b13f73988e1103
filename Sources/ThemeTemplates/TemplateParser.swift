/// Compiles Mustache text into nodes, following the specification's rules for standalone tags
/// (a section, comment, partial or delimiter tag alone on its line takes the line with it) the
/// way swift-mustache does, so that a theme renders the same whichever of the two parses it.
/// It reads Characters, as the specification's line endings are Characters (`\r\n` is one).
struct TemplateParser {
    private let text: [Character]
    private var position = 0

    init(_ text: String) {
        self.text = Array(text)
    }

    private struct State {
        var sectionName: String?
        var newLine = true
        /// Inside `{{< parent}}…{{/parent}}`, and at its top level, where `{{$ name}}` defines a block.
        var inInheritingPartial = false
        var atInheritingTopLevel = false
        /// Within a block definition, the first line's indentation is removed from every line.
        var definitionIndent: Int?
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]

        func entering(section name: String, standalone: Bool) -> State {
            var state = self
            state.sectionName = name
            state.atInheritingTopLevel = false
            if !standalone { state.newLine = false }
            return state
        }

        func entering(inheritingPartial name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.inInheritingPartial = true
            state.atInheritingTopLevel = true
            return state
        }
    }

    typealias Node = ThemeTemplate.Node

    mutating func parse() throws(TemplateSyntaxError) -> [Node] {
        try parse(State())
    }

    private mutating func parse(_ initial: State) throws(TemplateSyntaxError) -> [Node] {
        var nodes: [Node] = []
        var state = initial
        var indentation = ""
        while position < text.count {
            if state.newLine {
                let whitespace = read { $0 == " " || $0 == "\t" }
                if state.inInheritingPartial, !state.atInheritingTopLevel {
                    if let definitionIndent = state.definitionIndent {
                        indentation = String(whitespace.dropFirst(definitionIndent))
                    } else {
                        state.definitionIndent = whitespace.count
                    }
                } else {
                    indentation = String(whitespace)
                }
            }
            let plain = textBeforeTagOrNewline(state)
            if position < text.count, text[position].isNewline {
                nodes.append(.text(indentation + plain + String(text[position])))
                state.newLine = true
                position += 1
                continue
            }
            if !plain.isEmpty {
                nodes.append(.text(indentation + plain))
                indentation = ""
                state.newLine = false
            }
            guard position < text.count else { break }
            // Writes the indentation as text where the tag does not take its line.
            func flushIndentation() {
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                indentation = ""
            }
            var standalone = false
            let tagStart = position
            switch text[position] {
            case "#", "^":
                let inverted = text[position] == "^"
                position += 1
                let name = try readName(state)
                standalone = isStandalone(state)
                if !standalone { flushIndentation() }
                let body = ThemeTemplate(nodes: try parse(state.entering(section: name, standalone: standalone)))
                nodes.append(
                    inverted ? .invertedSection(.init(name), body) : .section(.init(name), body))
            case "/":
                position += 1
                let nameStart = position
                let name = try readName(state)
                guard name == state.sectionName else {
                    throw error("a section is closed with a different name than it was opened with", at: nameStart)
                }
                if !isStandalone(state) { flushIndentation() }
                return nodes
            case "!":
                position += 1
                try skipComment(state, tagStart: tagStart)
                standalone = isStandalone(state)
            case "{", "&":
                flushIndentation()
                let triple = text[position] == "{"
                position += 1
                let name = try readName(state)
                if triple {
                    guard position < text.count, text[position] == "}" else {
                        throw error("a tag is not finished: expected '}}}'", at: tagStart)
                    }
                    position += 1
                }
                nodes.append(.variable(.init(name), escaped: false))
            case ">":
                position += 1
                let name = try readPartialName(state, tagStart: tagStart)
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                standalone = isStandalone(state)
                nodes.append(.partial(name, indentation: standalone ? indentation : nil, overrides: nil))
                indentation = ""
            case "<":
                position += 1
                let name = try readPartialName(state, tagStart: tagStart)
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                standalone = isStandalone(state)
                var overrides: [String: ThemeTemplate] = [:]
                for node in try parse(state.entering(inheritingPartial: name)) {
                    switch node {
                    case .blockDefinition(let block, let template): overrides[block] = template
                    case .text: break
                    default: throw error("only {{$block}} overrides may stand inside {{<\(name)}}", at: tagStart)
                    }
                }
                nodes.append(.partial(name, indentation: indentation, overrides: overrides))
                indentation = ""
            case "$":
                position += 1
                let name = try readName(state)
                if state.atInheritingTopLevel {
                    standalone = isStandalone(state)
                    let body = ThemeTemplate(nodes: try parse(state.entering(section: name, standalone: standalone)))
                    nodes.append(.blockDefinition(name, body))
                } else {
                    if !indentation.isEmpty { nodes.append(.text(indentation)) }
                    standalone = isStandalone(state)
                    let body = ThemeTemplate(nodes: try parse(state.entering(section: name, standalone: standalone)))
                    nodes.append(.block(name, default: body, indentation: indentation))
                    indentation = ""
                }
            case "=":
                position += 1
                try setDelimiters(&state, tagStart: tagStart)
                standalone = isStandalone(state)
            case "%":
                position += 1
                try readPragma(state, tagStart: tagStart)
                standalone = isStandalone(state)
            default:
                flushIndentation()
                nodes.append(.variable(.init(try readName(state)), escaped: true))
            }
            state.newLine = standalone
        }
        guard state.sectionName == nil else { throw error("a section is opened but never closed", at: position) }
        return nodes
    }

    // MARK: Reading

    private mutating func read(while accepts: (Character) -> Bool) -> ArraySlice<Character> {
        let start = position
        while position < text.count, accepts(text[position]) { position += 1 }
        return text[start..<position]
    }

    private func starts(with delimiter: [Character], at index: Int) -> Bool {
        index + delimiter.count <= text.count && text[index..<(index + delimiter.count)].elementsEqual(delimiter)
    }

    /// Text up to a line ending (left unread) or an opening delimiter (read).
    private mutating func textBeforeTagOrNewline(_ state: State) -> String {
        let start = position
        while position < text.count {
            if text[position].isNewline { return String(text[start..<position]) }
            if starts(with: state.open, at: position) {
                let plain = String(text[start..<position])
                position += state.open.count
                return plain
            }
            position += 1
        }
        return String(text[start..<position])
    }

    /// Whether the tag just read was alone on its line; if so the rest of the line is read.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position == text.count { return true }
        var index = position
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        guard index < text.count, text[index].isNewline else { return false }
        position = index + 1
        return true
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    private mutating func readName(_ state: State) throws(TemplateSyntaxError) -> String {
        _ = read(while: \.isWhitespace)
        let start = position
        let name = String(read { Self.nameCharacters.contains($0) })
        if position < text.count, text[position] == "(" {
            throw error("a tag calls a function ('\(name)(…)'), which Roundtable's templates do not offer", at: start)
        }
        _ = read(while: \.isWhitespace)
        try readClosingDelimiter(state, tagStart: start)
        return name
    }

    private mutating func readPartialName(_ state: State, tagStart: Int) throws(TemplateSyntaxError) -> String {
        _ = read(while: \.isWhitespace)
        if position < text.count, text[position] == "*" {
            throw error("a partial's name cannot be taken from a value ('*'): name the partial", at: tagStart)
        }
        let name = String(read { Self.nameCharacters.contains($0) || $0 == "/" })
        _ = read(while: \.isWhitespace)
        try readClosingDelimiter(state, tagStart: tagStart)
        return name
    }

    private mutating func readClosingDelimiter(_ state: State, tagStart: Int) throws(TemplateSyntaxError) {
        guard starts(with: state.close, at: position) else {
            throw error("a tag is not finished: expected '\(String(state.close))'", at: tagStart)
        }
        position += state.close.count
    }

    private mutating func skipComment(_ state: State, tagStart: Int) throws(TemplateSyntaxError) {
        while position < text.count, !starts(with: state.close, at: position) { position += 1 }
        try readClosingDelimiter(state, tagStart: tagStart)
    }

    /// `{{=<% %>=}}`
    private mutating func setDelimiters(_ state: inout State, tagStart: Int) throws(TemplateSyntaxError) {
        _ = read(while: \.isWhitespace)
        let open = Array(read { !$0.isWhitespace })
        _ = read(while: \.isWhitespace)
        let close = Array(read { $0 != "=" && !$0.isWhitespace })
        _ = read(while: \.isWhitespace)
        guard !open.isEmpty, !close.isEmpty, position < text.count, text[position] == "=" else {
            throw error("malformed set-delimiter tag", at: tagStart)
        }
        position += 1
        guard starts(with: state.close, at: position) else { throw error("malformed set-delimiter tag", at: tagStart) }
        position += state.close.count
        state.open = open
        state.close = close
        state.atInheritingTopLevel = false
    }

    /// `{{% CONTENT_TYPE: HTML }}`: templates are HTML already, so it changes nothing.
    private mutating func readPragma(_ state: State, tagStart: Int) throws(TemplateSyntaxError) {
        let start = position
        while position < text.count, !starts(with: state.close, at: position) { position += 1 }
        let words = String(text[start..<position]).split { $0.isWhitespace || $0 == ":" }
        guard words == ["CONTENT_TYPE", "HTML"] else {
            throw error("unknown pragma '\(String(text[start..<position]))': only CONTENT_TYPE: HTML", at: tagStart)
        }
        try readClosingDelimiter(state, tagStart: tagStart)
    }

    /// Line and column (1-based, in characters) of `index`.
    private func error(_ message: String, at index: Int) -> TemplateSyntaxError {
        let before = text[..<min(index, text.count)]
        let line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        let column = before.count - (before.lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0) + 1
        return TemplateSyntaxError(message: message, line: line, column: column)
    }
}
