import Yams

/// A Markdown content file opened for reading: front matter parsed against a schema, body kept
/// with its line offset. Topics, chapters and pages are all read through it.
struct MarkdownFile {
    var fields: MappingReader
    let body: MarkdownSource
    let contentPath: String

    /// Nil with diagnostics when the front matter is missing, unclosed or malformed.
    static func open(
        _ source: SourceText, contentPath: String, subject: String, allowedKeys: [String]
    ) -> (MarkdownFile?, [Diagnostic]) {
        let (split, splitError) = FrontMatter.split(source)
        guard let split else { return (nil, splitError.map { [$0] } ?? []) }
        let context = YAMLContext(source: source, lineOffset: split.yamlLineOffset)
        guard split.yamlLineOffset > 0 else {
            return (
                nil,
                [
                    source.error(
                        "this file must start with front matter: a line '---', the fields (title: …), and another "
                            + "'---'",
                        line: 1)
                ]
            )
        }
        let (node, parseErrors) = context.parse(split.yaml)
        guard parseErrors.isEmpty else { return (nil, parseErrors) }
        let root = node ?? Node.mapping(Node.Mapping([]))
        let fields = MappingReader(root, context: context, subject: subject, allowedKeys: allowedKeys)
        let body = MarkdownSource(text: split.body, file: source, lineOffset: split.bodyLineOffset)
        return (MarkdownFile(fields: fields, body: body, contentPath: contentPath), [])
    }

    /// `03-matching.md` → (3, "matching"); `about.md` → (nil, "about").
    static func slugAndPrefix(fileName: String) -> (prefix: Int?, slug: String) {
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let number = Int(digits) {
            let rest = stem.dropFirst(digits.count).drop { $0 == "-" || $0 == "_" }
            if !rest.isEmpty { return (number, String(rest)) }
        }
        return (nil, stem)
    }
}
