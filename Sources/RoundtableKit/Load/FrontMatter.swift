/// A Markdown file split into its YAML front matter and its body, with the line offsets that keep
/// diagnostics pointing at lines of the `.md` file.
package struct FrontMatter {
    /// The YAML between the fences; empty when the file has none.
    package let yaml: String
    /// Lines before the YAML (the opening fence).
    package let yamlLineOffset: Int
    package let body: Substring
    /// Lines before the body.
    package let bodyLineOffset: Int

    /// The digest of `metadataPrefix(of:)`: it tells whether a topic's header changed, and so
    /// whether the pages that list the topic must be rendered again.
    package static func metadataDigest(of text: String) -> ContentDigest {
        ContentDigest(String(metadataPrefix(of: text)))
    }

    /// The front matter with its fences, without parsing anything: what other pages can show
    /// of this file. The whole text when there is no closed front matter, or when it has no
    /// `summary:`, since then the first paragraph of the body is the summary lists show.
    static func metadataPrefix(of text: String) -> Substring {
        let utf8 = text.utf8
        guard utf8.starts(with: "---".utf8) else { return text[...] }
        // The first "\n---" after the opening fence, found on bytes.
        var index = utf8.index(utf8.startIndex, offsetBy: 3)
        var hasSummary = false
        while let newline = utf8[index...].firstIndex(of: 0x0A) {
            let after = utf8.index(after: newline)
            if utf8[after...].starts(with: "---".utf8) {
                return hasSummary ? text[..<utf8.index(after, offsetBy: 3)] : text[...]
            }
            // A top-level key starts its line; the loader decides what it holds.
            if utf8[after...].starts(with: "summary:".utf8) { hasSummary = true }
            index = after
        }
        return text[...]
    }

    /// Expects `---` on the first line and a closing `---` (or `...`) on a line of its own.
    package static func split(_ source: SourceText) -> (frontMatter: FrontMatter?, diagnostic: Diagnostic?) {
        let text = source.text
        guard let firstLine = source.line(1), firstLine.trimmingTrailingSpaces() == "---" else {
            return (FrontMatter(yaml: "", yamlLineOffset: 0, body: text[...], bodyLineOffset: 0), nil)
        }
        var lineNumber = 2
        while let line = source.line(lineNumber) {
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed == "---" || trimmed == "..." {
                let yamlLines = (2..<lineNumber).compactMap { source.line($0) }
                return (
                    FrontMatter(
                        yaml: yamlLines.joined(separator: "\n"),
                        yamlLineOffset: 1,
                        body: source.text(fromLine: lineNumber + 1),
                        bodyLineOffset: lineNumber
                    ), nil
                )
            }
            lineNumber += 1
        }
        return (nil, source.error("front matter is not closed: add a line '---' after the last field", line: 1))
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
