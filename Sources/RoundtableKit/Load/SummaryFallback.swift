import Markdown

/// A chapter or page without `summary:` takes the plain text of its body's first paragraph,
/// shortened at a word boundary, and the build says so in a note: an imported handbook builds
/// without a summary written for every chapter, and `summary:` stays the way to say it better.
enum SummaryFallback {
    /// About what a search engine shows under a link.
    static let maximumLength = 160

    /// The summary and the note, or nil when the body has no paragraph to take one from.
    static func summary(of body: MarkdownSource) -> (summary: String, note: Diagnostic)? {
        guard let paragraph = MarkdownDocument(body.text).firstParagraph() else { return nil }
        let words = paragraph.text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        let summary = shortened(words)
        let note = Diagnostic(
            .note, "no 'summary', so the first paragraph stands in for it; write one to say it better",
            at: body.location(line: paragraph.line, column: 1),
            sourceLine: body.file.line(paragraph.line + body.lineOffset))
        return (summary, note)
    }

    /// Whole words up to `maximumLength` characters, with an ellipsis when some were left out;
    /// a first word longer than that is cut.
    static func shortened(_ words: [Substring]) -> String {
        var kept = ""
        for word in words {
            let next = kept.isEmpty ? String(word) : kept + " " + word
            guard next.count <= maximumLength else {
                if kept.isEmpty { return String(word.prefix(maximumLength - 1)) + "…" }
                while let last = kept.last, ",;:—-".contains(last) { kept.removeLast() }
                return kept + "…"
            }
            kept = next
        }
        return kept
    }
}
