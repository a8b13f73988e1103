import Foundation
import RoundtableKit

/// kramdown's own syntax in a Jekyll page: a heading's `{#id}` becomes the id it keeps, and the
/// attribute lists and extensions CommonMark would show as text (`{: .note}`, `{:toc}`) are reported.
enum KramdownSyntax {
    static func take(from chapter: inout SourceChapter, notes: inout [Diagnostic]) {
        var lines = chapter.body.lines
        var fence: Substring?
        for index in lines.indices {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            if trimmed.hasPrefix("#"), let brace = line.range(of: "{#", options: .backwards), line.hasSuffix("}") {
                let id = line[brace.upperBound..<line.index(before: line.endIndex)]
                if !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) {
                    var heading = line[..<brace.lowerBound]
                    while heading.last == " " { heading.removeLast() }
                    lines[index] = String(heading)
                    chapter.explicitIDs[index + 1] = String(id)
                    continue
                }
            }
            if trimmed.hasPrefix("{:") && trimmed.hasSuffix("}") {
                notes.append(
                    chapter.note(
                        .warning,
                        "kramdown's '\(trimmed)' is left as text: CommonMark has no attribute lists; delete the line",
                        bodyLine: index + 1, column: line.count - trimmed.count + 1))
            }
        }
        chapter.body = ExpandedText(
            lines: lines, origins: (1...max(lines.count, 1)).map { chapter.body.origin(of: $0) })
    }
}
