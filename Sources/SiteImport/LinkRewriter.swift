import Markdown

/// Changes link destinations in Markdown text where they are written, leaving every other byte
/// as the author wrote it: cmark finds the links, and each destination is replaced after the
/// `](` of its own link, or in the reference definition (`[label]: destination`) it came from.
enum LinkRewriter {
    /// The text with the destinations `replacement` gives a new value for, and the links whose
    /// destination could not be found in the text to change.
    static func rewrite(_ text: String, replacement: (LinkSpan) -> String?) -> (String, unchanged: [LinkSpan]) {
        let spans = MarkdownDocument(text).linkSpans()
        var bytes = Array(text.utf8)
        var edits: [(range: Range<Int>, text: [UInt8])] = []
        var byDefinition: [String: String] = [:]
        var pending: [LinkSpan] = []
        for span in spans {
            guard let new = replacement(span), new != span.destination else { continue }
            // cmark's columns inside list items can run past the link; then its paragraph is searched.
            let claimed = Set(edits.map(\.range.lowerBound))
            let found =
                inlineDestination(span.destination, after: span.offset, in: bytes, skipping: claimed)
                ?? inlineDestination(
                    span.destination, after: paragraphStart(before: span.offset, in: bytes), in: bytes,
                    skipping: claimed)
            if let range = found {
                edits.append((range, Array(new.utf8)))
            } else {
                byDefinition[span.destination] = new
                pending.append(span)
            }
        }
        var definitionsFound: Set<String> = []
        if !byDefinition.isEmpty {
            for (range, destination) in definitionDestinations(in: bytes) {
                guard let new = byDefinition[destination] else { continue }
                edits.append((range, Array(new.utf8)))
                definitionsFound.insert(destination)
            }
        }
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: edit.text)
        }
        return (String(decoding: bytes, as: UTF8.self), pending.filter { !definitionsFound.contains($0.destination) })
    }

    /// The bytes of `destination` after the next `](` from `offset`, within its paragraph.
    /// Where the paragraph holding `offset` starts: after the blank line before it.
    private static func paragraphStart(before offset: Int, in bytes: [UInt8]) -> Int {
        var index = min(offset, bytes.count)
        while index > 1, !(bytes[index - 1] == 0x0A && bytes[index - 2] == 0x0A) { index -= 1 }
        return index > 1 ? index : 0
    }

    private static func inlineDestination(
        _ destination: String, after offset: Int, in bytes: [UInt8], skipping claimed: Set<Int>
    ) -> Range<Int>? {
        let target = Array(destination.utf8)
        guard !target.isEmpty else { return nil }
        var index = offset
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return nil }
            if bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "(") {
                var start = index + 2
                while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
                if start < bytes.count, bytes[start] == UInt8(ascii: "<") { start += 1 }
                let end = start + target.count
                if end <= bytes.count, !claimed.contains(start), Array(bytes[start..<end]) == target,
                    end == bytes.count || [UInt8(ascii: ")"), 0x20, 0x0A, UInt8(ascii: ">")].contains(bytes[end])
                {
                    return start..<end
                }
            }
            index += 1
        }
        return nil
    }

    /// Each reference definition's destination: where it is written and what it says.
    private static func definitionDestinations(in bytes: [UInt8]) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            var index = lineStart
            while index < lineEnd, index - lineStart < 3, bytes[index] == 0x20 { index += 1 }
            if index < lineEnd, bytes[index] == UInt8(ascii: "["),
                let close = bytes[index..<lineEnd].firstIndex(of: UInt8(ascii: "]")),
                close + 1 < lineEnd, bytes[close + 1] == UInt8(ascii: ":")
            {
                var start = close + 2
                while start < lineEnd, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                if start < lineEnd, bytes[start] == UInt8(ascii: "<") { start += 1 }
                var end = start
                while end < lineEnd, bytes[end] != 0x20, bytes[end] != 0x09, bytes[end] != UInt8(ascii: ">") {
                    end += 1
                }
                if end > start { found.append((start..<end, String(decoding: bytes[start..<end], as: UTF8.self))) }
            }
            lineStart = lineEnd + 1
        }
        return found
    }
}
