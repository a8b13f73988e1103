import Foundation

/// `search/index.json`: what the theme's search script looks through, made from the search
/// entries of every page. Paths are relative to the site root, so the site works from any
/// sub-path; the kinds' names come from the theme's strings.
///
///     {"kinds":{"topic":"Topic guide",…},
///      "pages":[{"u":path,"k":kind,"t":title,"s":summary,"h":[[heading,id],…],
///                "g":[tag,…],"r":[round,…],"x":opening text,"w":other words},…]}
///
/// Empty fields are left out; one page per line, so that a change shows as a line in a diff.
package enum SearchIndex {
    /// A page's line of an index written by an earlier build: a page that is not rendered
    /// again keeps it, so that the build cache need not hold every page's entry.
    package struct Line: Sendable {
        package let path: String
        package let bytes: ArraySlice<UInt8>
    }

    /// `entries` of the pages rendered, `lines` of those taken from an earlier build.
    static func file(for site: Site, entries: [SearchEntry], lines: [Line] = []) -> OutputFile {
        var json = JSONBytes()
        json.reserve(entries.count * 1_500)
        json.raw("{\"kinds\":{")
        for (offset, kind) in SearchEntry.Kind.allCases.enumerated() {
            if offset > 0 { json.raw(",") }
            json.string(kind.rawValue)
            json.raw(":")
            json.string(site.theme.strings.text("search.kind." + kind.rawValue))
        }
        json.raw("},\n\"pages\":[")
        enum Page {
            case entry(SearchEntry)
            case line(ArraySlice<UInt8>)
        }
        let pages = entries.map { ($0.path, Page.entry($0)) } + lines.map { ($0.path, Page.line($0.bytes)) }
        for (offset, (_, page)) in pages.sorted(by: { $0.0 < $1.0 }).enumerated() {
            json.raw(offset == 0 ? "\n" : ",\n")
            switch page {
            case .entry(let entry): append(entry, to: &json)
            case .line(let line): json.raw(line)
            }
        }
        json.raw("\n]}\n")
        return OutputFile(path: site.routes.searchIndex.outputFile, bytes: Data(json.bytes))
    }

    private static func append(_ entry: SearchEntry, to json: inout JSONBytes) {
        json.raw("{\"u\":")
        json.string(entry.path)
        json.raw(",\"k\":")
        json.string(entry.kind.rawValue)
        json.raw(",\"t\":")
        json.string(entry.title)
        for (key, value) in [("s", entry.summary), ("x", entry.openingText), ("w", entry.otherWords)]
        where !value.isEmpty {
            json.raw(",\"\(key)\":")
            json.string(value)
        }
        if !entry.headings.isEmpty {
            json.raw(",\"h\":[")
            for (offset, heading) in entry.headings.enumerated() {
                json.raw(offset == 0 ? "[" : ",[")
                json.string(heading.text)
                json.raw(",")
                json.string(heading.id)
                json.raw("]")
            }
            json.raw("]")
        }
        for (key, list) in [("g", entry.tags), ("r", entry.rounds)] where !list.isEmpty {
            json.raw(",\"\(key)\":[")
            for (offset, item) in list.enumerated() {
                if offset > 0 { json.raw(",") }
                json.string(item)
            }
            json.raw("]")
        }
        json.raw("}")
    }
}

extension SearchIndex {
    /// The lines of an index this build wrote, by page path: each page's line starts
    /// `{"u":"<path>",` and ends before `,\n` or `\n]}`. Nil when the bytes are not such an index.
    package static func lines(of bytes: [UInt8]) -> [String: Line]? {
        let start = Array("{\"u\":".utf8)
        guard var lineStart = bytes.firstRange(of: Array("\"pages\":[\n".utf8))?.upperBound else { return nil }
        var lines: [String: Line] = [:]
        while lineStart < bytes.count, bytes[lineStart...].starts(with: start) {
            guard let end = bytes[lineStart...].firstIndex(of: 0x0A), end > lineStart else { return nil }
            let lineEnd = bytes[end - 1] == UInt8(ascii: ",") ? end - 1 : end
            // The path is a JSON string that needs no escape (a route never has one).
            let pathStart = lineStart + start.count + 1
            guard let pathEnd = bytes[pathStart..<lineEnd].firstIndex(of: 0x22) else { return nil }
            let path = String(decoding: bytes[pathStart..<pathEnd], as: UTF8.self)
            lines[path] = Line(path: path, bytes: bytes[lineStart..<lineEnd])
            lineStart = end + 1
        }
        return lines
    }
}
