/// `{{strings.key}}` in a template is replaced by the theme's string when the theme loads: a page
/// costs nothing more to render, and a key that no strings file defines is an error at its place
/// instead of an empty space on the page. The string's `{name}` placeholders become `{{name}}`,
/// the page's value `name`; its HTML stays as written.
enum TemplateStrings {
    private static let opening = "{{strings."

    static func expand(_ source: SourceText, with strings: ThemeStrings) -> (text: String, diagnostics: [Diagnostic]) {
        guard source.text.contains(opening) else { return (source.text, []) }
        var diagnostics: [Diagnostic] = []
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        let expanded = lines.enumerated().map { offset, line in
            expand(line, number: offset + 1, in: source, strings: strings, diagnostics: &diagnostics)
        }
        return (expanded.joined(separator: "\n"), diagnostics)
    }

    private static func expand(
        _ line: Substring, number: Int, in source: SourceText, strings: ThemeStrings,
        diagnostics: inout [Diagnostic]
    ) -> String {
        var result = ""
        var rest = line
        while let tag = rest.range(of: opening), let end = rest[tag.upperBound...].range(of: "}}") {
            result += rest[..<tag.lowerBound]
            let key = String(rest[tag.upperBound..<end.lowerBound])
            if let text = strings.texts[key] {
                result += ThemeStrings.fillingPlaceholders(in: text) { "{{\($0)}}" }
            } else {
                let column = line[..<tag.lowerBound].unicodeScalars.count + 1
                diagnostics.append(
                    source.error(
                        "template error: no string '\(key)' in the theme's strings", line: number, column: column,
                        note: Suggestion.note(for: key, in: strings.texts.keys)))
            }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
