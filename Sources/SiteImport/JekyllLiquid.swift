import RoundtableKit

/// The Liquid a Jekyll page's Markdown holds, expanded where it only names addresses or files
/// (`{{ site.baseurl }}`, `{% link %}`, `{% include_relative %}`, `{% highlight %}`) and reported
/// where it is logic Roundtable does not run (`{% if %}`, `{% include %}`), left as text.
struct JekyllLiquid {
    let folder: SourceFolder
    /// Each page's address by its source path, for `{% link %}`.
    let addresses: [String: String]

    func expand(_ body: String, firstLine: Int, path: String, source: SourceText) -> (ExpandedText, [Diagnostic]) {
        var notes: [Diagnostic] = []
        var state = State()
        let text = expand(
            body, firstLine: firstLine, path: path, source: source, state: &state, notes: &notes, depth: 0)
        return (text, notes)
    }

    private struct State {
        var inRaw = false
        var inComment = false
    }

    private func expand(
        _ body: String, firstLine: Int, path: String, source: SourceText, state: inout State,
        notes: inout [Diagnostic], depth: Int
    ) -> ExpandedText {
        var result = ExpandedText()
        for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = firstLine + index
            var output = ""
            var rest = Substring(line)
            var included: ExpandedText?
            func report(_ message: String, at tag: Substring) {
                let column = line.distance(from: line.startIndex, to: tag.startIndex) + 1
                notes.append(
                    Diagnostic(
                        .warning, message, at: source.location(line: number, column: column),
                        sourceLine: source.line(number)))
            }
            while let open = Self.nextTag(in: rest) {
                let before = rest[..<open.range.lowerBound]
                if !state.inComment { output += before }
                rest = rest[open.range.upperBound...]
                let tag = open.tag
                if state.inRaw {
                    if open.isStatement && open.name == "endraw" { state.inRaw = false } else { output += tag }
                    continue
                }
                if state.inComment {
                    if open.isStatement && open.name == "endcomment" { state.inComment = false }
                    continue
                }
                guard open.isStatement else {
                    if let value = Self.address(inOutput: open.inner) {
                        output += value
                    } else {
                        output += tag
                        report("Liquid '\(tag)' is left as text: Roundtable does not run Liquid", at: tag)
                    }
                    continue
                }
                switch open.name {
                case "raw": state.inRaw = true
                case "comment": state.inComment = true
                case "highlight": output += "```" + (open.arguments.split(separator: " ").first.map(String.init) ?? "")
                case "endhighlight": output += "```"
                case "link":
                    let target = open.arguments.trimmingSpaces()
                    if let address = addresses[target] {
                        output += "/" + address
                    } else {
                        output += tag
                        report("'\(tag)' names no page of the site", at: tag)
                    }
                case "include_relative" where depth < 8:
                    let target = SitePath.resolve(open.arguments.trimmingSpaces(), against: SitePath.folder(of: path))
                    if let target, let text = folder.text(target), let file = folder.source(target) {
                        included = expand(
                            text.hasSuffix("\n") ? String(text.dropLast()) : text, firstLine: 1, path: target,
                            source: file, state: &state, notes: &notes, depth: depth + 1)
                    } else {
                        output += tag
                        report("'\(tag)' names no file beside the page", at: tag)
                    }
                default:
                    output += tag
                    report("Liquid '\(tag)' is left as text: Roundtable does not run Liquid", at: tag)
                }
            }
            if !state.inComment { output += rest }
            if let included {
                // The included lines take the place of the tag's line, joined to what was around it.
                var lines = included.lines
                if !output.isEmpty { lines[0] = output + (lines.first ?? "") }
                for includedLine in lines { result.append(includedLine, from: number) }
            } else {
                result.append(output, from: number)
            }
        }
        return result
    }

    /// `{{ site.baseurl }}` → ""; `{{ "/x.png" | relative_url }}` → `/x.png`; nil for other output.
    private static func address(inOutput inner: String) -> String? {
        let words = inner.trimmingSpaces()
        if ["site.baseurl", "site.url", "site.url | append: site.baseurl"].contains(words) { return "" }
        let pieces = words.split(separator: "|", maxSplits: 1).map { $0.trimmingSpaces() }
        guard pieces.count == 2, ["relative_url", "absolute_url", "prepend: site.baseurl"].contains(pieces[1]),
            let quote = pieces[0].first, quote == "\"" || quote == "'", pieces[0].last == quote, pieces[0].count >= 2
        else { return nil }
        return String(pieces[0].dropFirst().dropLast())
    }

    private struct Tag {
        let range: Range<Substring.Index>
        let tag: Substring
        let isStatement: Bool
        /// What is between the delimiters, without `-` trimming marks.
        let inner: String
        var name: String { String(inner.trimmingSpaces().prefix { $0 != " " }) }
        var arguments: String { String(inner.trimmingSpaces().drop { $0 != " " }) }
    }

    /// The next `{% … %}` or `{{ … }}` that closes on the same line.
    private static func nextTag(in text: Substring) -> Tag? {
        var search = text.startIndex
        while let open = text[search...].firstIndex(of: "{") {
            let next = text.index(after: open)
            guard next < text.endIndex else { return nil }
            let isStatement = text[next] == "%"
            guard isStatement || text[next] == "{" else {
                search = next
                continue
            }
            let closing = isStatement ? "%}" : "}}"
            guard let close = text[text.index(after: next)...].range(of: closing) else { return nil }
            var inner = String(text[text.index(after: next)..<close.lowerBound])
            if inner.hasPrefix("-") { inner.removeFirst() }
            if inner.hasSuffix("-") { inner.removeLast() }
            return Tag(
                range: open..<close.upperBound, tag: text[open..<close.upperBound], isStatement: isStatement,
                inner: inner)
        }
        return nil
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
