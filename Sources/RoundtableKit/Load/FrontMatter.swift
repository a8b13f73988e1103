/// A Markdown file split into its YAML front matter and its body, with the line offsets that keep
/// diagnostics pointing at lines of the `.md` file.
struct FrontMatter {
    /// The YAML between the fences; empty when the file has none.
    let yaml: String
    /// Lines before the YAML (the opening fence).
    let yamlLineOffset: Int
    let body: Substring
    /// Lines before the body.
    let bodyLineOffset: Int

    /// The front matter with its fences, without parsing anything: what other pages can show
    /// of this file. The whole text when there is no closed front matter.
    static func metadataPrefix(of text: String) -> Substring {
        guard text.hasPrefix("---"), let close = text.range(of: "\n---", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) else {
            return text[...]
        }
        return text[..<close.upperBound]
    }

    /// Expects `---` on the first line and a closing `---` (or `...`) on a line of its own.
    static func split(_ source: SourceText) -> (frontMatter: FrontMatter?, diagnostic: Diagnostic?) {
        let text = source.text
        guard let firstLine = source.line(1), firstLine.trimmingTrailingSpaces() == "---" else {
            return (FrontMatter(yaml: "", yamlLineOffset: 0, body: text[...], bodyLineOffset: 0), nil)
        }
        var lineNumber = 2
        while let line = source.line(lineNumber) {
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed == "---" || trimmed == "..." {
                let yamlLines = (2..<lineNumber).compactMap { source.line($0) }
                return (FrontMatter(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlLineOffset: 1,
                    body: source.text(fromLine: lineNumber + 1),
                    bodyLineOffset: lineNumber
                ), nil)
            }
            lineNumber += 1
        }
        return (nil, source.error("front matter is not closed: add a line '---' after the last field", line: 1))
    }
}

private extension String {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
