import Foundation
import RoundtableKit

/// The entries of an mdBook's `SUMMARY.md`, in order: part titles (headings after the first),
/// numbered chapters (list items, nested by indentation) and the prefix and suffix chapters
/// (links on lines of their own, outside the lists).
enum MdBookSummary {
    struct Entry {
        enum Kind {
            case part(String)
            /// A nil path is a draft chapter, `[Title]()`.
            case chapter(title: String, path: String?, depth: Int)
        }

        let kind: Kind
        let isNumbered: Bool
        let location: SourceLocation
    }

    static func entries(of summary: SourceText, notes: inout [Diagnostic]) -> [Entry] {
        var entries: [Entry] = []
        var sawTitle = false
        for number in 1...max(summary.lineCount, 1) {
            guard let line = summary.line(number) else { continue }
            let indentation = line.prefix { $0 == " " || $0 == "\t" }.count
            let text = line.dropFirst(indentation)
            let location = summary.location(line: number, column: indentation + 1)
            if text.hasPrefix("#") {
                let title = text.drop { $0 == "#" }.trimmingSpaces()
                if sawTitle || !entries.isEmpty {
                    entries.append(Entry(kind: .part(title), isNumbered: false, location: location))
                }
                sawTitle = true
                continue
            }
            var item = text
            var isNumbered = false
            if let marker = item.first, "-*+".contains(marker), item.dropFirst().first == " " {
                item = item.dropFirst(2)
                isNumbered = true
            } else if let dot = item.firstIndex(of: "."), item[..<dot].allSatisfy(\.isNumber), !item[..<dot].isEmpty {
                item = item[item.index(after: dot)...].drop { $0 == " " }
                isNumbered = true
            }
            guard item.hasPrefix("["), let link = link(in: item) else {
                if isNumbered || (!text.isEmpty && !text.allSatisfy { "-*_ ".contains($0) }) {
                    notes.append(
                        Diagnostic(
                            .warning, "SUMMARY.md line is neither a part title nor a link to a chapter: left out",
                            at: location, sourceLine: line))
                }
                continue
            }
            entries.append(
                Entry(
                    kind: .chapter(title: link.title, path: link.path, depth: isNumbered ? indentation / 2 : 0),
                    isNumbered: isNumbered, location: location))
        }
        return entries
    }

    /// `[Title](path.md)` → the title and the path (nil when empty).
    private static func link(in text: Substring) -> (title: String, path: String?)? {
        var depth = 0
        var close: Substring.Index?
        for index in text.indices {
            switch text[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { close = index }
            default: break
            }
            if close != nil { break }
        }
        guard let close, text[text.index(after: close)...].hasPrefix("("),
            let end = text[close...].lastIndex(of: ")")
        else { return nil }
        let title = text[text.index(after: text.startIndex)..<close].replacingOccurrences(of: "\\", with: "")
        var path = text[text.index(close, offsetBy: 2)..<end].trimmingSpaces()
        if path.hasPrefix("<") && path.hasSuffix(">") { path = String(path.dropFirst().dropLast()) }
        if path.hasPrefix("./") { path = String(path.dropFirst(2)) }
        return (title, path.isEmpty ? nil : path.removingPercentEncoding ?? path)
    }
}
