/// A Mustache template compiled for rendering: text, variables, sections, partials and
/// inheritance blocks, with the whitespace the Mustache specification removes around standalone
/// tags already removed. Values are looked up in plain dictionaries (`[String: Any]`) by cast
/// to concrete types only, which is what makes rendering cheap; see docs/performance.md.
package struct ThemeTemplate: Sendable {
    let nodes: [Node]

    package init(_ text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        nodes = try parser.parse()
    }

    init(nodes: [Node]) {
        self.nodes = nodes
    }

    indirect enum Node: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, ThemeTemplate)
        case invertedSection(Name, ThemeTemplate)
        /// `{{> name}}`, or `{{< name}}…{{/name}}` with the blocks it overrides.
        case partial(String, indentation: String?, overrides: [String: ThemeTemplate]?)
        /// `{{$ name}}default{{/name}}` outside an inheriting partial.
        case block(String, default: ThemeTemplate, indentation: String)
        /// An override inside `{{< name}}`: collected by the parser, never rendered.
        case blockDefinition(String, ThemeTemplate)
    }

    /// A tag's name: `.` (the current value) has no parts; `.name` looks only at the current value.
    struct Name: Sendable {
        let parts: [String]
        let currentOnly: Bool

        init(_ text: String) {
            parts = text == "." ? [] : text.split(separator: ".").map(String.init)
            currentOnly = text.first == "."
        }
    }
}

/// A template that cannot be compiled, with where (1-based line and column, in characters).
package struct TemplateSyntaxError: Error, Equatable {
    package let message: String
    package let line: Int
    package let column: Int
}
