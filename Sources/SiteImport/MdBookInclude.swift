import Foundation
import RoundtableKit

/// mdBook's `{{#include file}}` (and `{{#rustdoc_include}}`, `{{#playground}}`): the file's
/// lines in place of the tag, all of them or a range (`file:2:10`, `file::10`, `file:2:`, `file:4`)
/// or those between `ANCHOR: name` and `ANCHOR_END: name` (`file:name`). Paths are relative to
/// the file holding the tag; `\{{#include …}}` is kept as the text `{{#include …}}`.
struct MdBookInclude {
    let folder: SourceFolder
    static let tags = ["include", "rustdoc_include", "playground"]

    func expand(_ source: SourceText, path: String) -> (ExpandedText, [Diagnostic]) {
        var notes: [Diagnostic] = []
        let file = folder.url(path).standardizedFileURL
        let text = expand(source.text, file: file, source: source, notes: &notes, depth: 0)
        return (text, notes)
    }

    private func expand(
        _ text: String, file including: URL, source: SourceText, notes: inout [Diagnostic], depth: Int
    ) -> ExpandedText {
        var result = ExpandedText()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where index < lines.count - 1 || !line.isEmpty {
            let number = index + 1
            // The line as it becomes: an included file's lines join the text around the tag.
            var built = [""]
            var rest = Substring(line)
            while let open = rest.range(of: "{{#") {
                if open.lowerBound > rest.startIndex, rest[rest.index(before: open.lowerBound)] == "\\" {
                    built[built.count - 1] += rest[..<rest.index(before: open.lowerBound)] + "{{#"
                    rest = rest[open.upperBound...]
                    continue
                }
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                built[built.count - 1] += rest[..<open.lowerBound]
                let inside = rest[open.upperBound..<close.lowerBound].trimmingSpaces()
                let name = String(inside.prefix { $0 != " " })
                let argument = inside.dropFirst(name.count).trimmingSpaces()
                let tag = rest[open.lowerBound..<close.upperBound]
                rest = rest[close.upperBound...]
                let column = line.distance(from: line.startIndex, to: tag.startIndex) + 1
                func report(_ message: String) {
                    notes.append(
                        Diagnostic(
                            .warning, message, at: source.location(line: number, column: column),
                            sourceLine: source.line(number)))
                }
                if name == "title" { continue }
                // Other `{{#…}}` are Handlebars, which mdBook leaves as they are too.
                guard Self.tags.contains(name), !argument.isEmpty, depth < 8 else {
                    built[built.count - 1] += tag
                    continue
                }
                let (file, selection) = Self.split(argument)
                // As in mdBook, relative to the file, wherever that leads (a listing kept beside the book).
                let target = including.deletingLastPathComponent().appendingPathComponent(file).standardizedFileURL
                guard let data = try? Data(contentsOf: target), let text = String(data: data, encoding: .utf8) else {
                    built[built.count - 1] += tag
                    report("'\(tag)' names '\(file)', which is not beside this file")
                    continue
                }
                let included = text.replacingOccurrences(of: "\r\n", with: "\n")
                let includedSource = SourceText(path: shown(target), text: included)
                guard let chosen = Self.select(selection, from: included) else {
                    built[built.count - 1] += tag
                    report("'\(tag)': \(file) has no anchor '\(selection ?? "")' (ANCHOR: … ANCHOR_END:)")
                    continue
                }
                let expanded = expand(chosen, file: target, source: includedSource, notes: &notes, depth: depth + 1)
                guard let first = expanded.lines.first else { continue }
                built[built.count - 1] += first
                built += expanded.lines.dropFirst()
            }
            built[built.count - 1] += rest
            for text in built { result.append(text, from: number) }
        }
        return result
    }

    /// A file below the book's folder as the organiser named it, another by its full path.
    private func shown(_ file: URL) -> String {
        let root = folder.root.path + "/"
        return file.path.hasPrefix(root) ? folder.shown(String(file.path.dropFirst(root.count))) : file.path
    }

    /// `listing.rs:2:10` → ("listing.rs", "2:10").
    private static func split(_ argument: String) -> (String, String?) {
        guard let colon = argument.firstIndex(of: ":") else { return (argument, nil) }
        return (String(argument[..<colon]), String(argument[argument.index(after: colon)...]))
    }

    /// The lines a selection names, without mdBook's anchor lines; nil for a missing anchor.
    private static func select(_ selection: String?, from text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let isAnchorLine = { (line: String) in line.contains("ANCHOR:") || line.contains("ANCHOR_END:") }
        guard let selection, !selection.isEmpty else {
            return lines.filter { !isAnchorLine($0) }.joined(separator: "\n")
        }
        let bounds = selection.split(separator: ":", omittingEmptySubsequences: false)
        if bounds.allSatisfy({ $0.isEmpty || Int($0) != nil }) {
            let start = bounds.first.flatMap { Int($0) } ?? 1
            let end = bounds.count == 1 ? start : bounds.count > 1 ? Int(bounds[1]) ?? lines.count : lines.count
            guard start >= 1, start <= lines.count else { return "" }
            return lines[(start - 1)..<min(max(end, start), lines.count)].filter { !isAnchorLine($0) }
                .joined(separator: "\n")
        }
        guard let first = lines.firstIndex(where: { $0.contains("ANCHOR: \(selection)") }) else { return nil }
        let last = lines[(first + 1)...].firstIndex { $0.contains("ANCHOR_END: \(selection)") } ?? lines.count
        return lines[(first + 1)..<last].filter { !isAnchorLine($0) }.joined(separator: "\n")
    }
}
