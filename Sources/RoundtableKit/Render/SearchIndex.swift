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
enum SearchIndex {
    static let kinds = ["topic", "chapter", "page", "round"]

    static func file(for site: Site, entries: [SearchEntry]) -> OutputFile {
        var json = JSONBytes()
        json.reserve(entries.count * 1_500)
        json.raw("{\"kinds\":{")
        for (offset, kind) in kinds.enumerated() {
            if offset > 0 { json.raw(",") }
            json.string(kind)
            json.raw(":")
            json.string(site.theme.strings.text("search.kind." + kind))
        }
        json.raw("},\n\"pages\":[")
        for (offset, entry) in entries.sorted(by: { $0.path < $1.path }).enumerated() {
            json.raw(offset == 0 ? "\n" : ",\n")
            append(entry, to: &json)
        }
        json.raw("\n]}\n")
        return OutputFile(path: site.routes.searchIndex.outputFile, bytes: Data(json.bytes))
    }

    private static func append(_ entry: SearchEntry, to json: inout JSONBytes) {
        json.raw("{\"u\":")
        json.string(entry.path)
        json.raw(",\"k\":")
        json.string(entry.kind)
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

/// JSON text (RFC 8259) built as UTF-8 bytes: at 10,000 topics the index is megabytes, and
/// escaping byte by byte costs a fraction of appending characters to a `String`.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A JSON string: quotes, backslashes and control characters escaped; `<` too, so that the
    /// text stays inert wherever a browser meets it.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        let plain = text.withUTF8 { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        guard !plain else { return bytes.append(0x22) }
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x3C: bytes.append(contentsOf: Array("\\u003c".utf8))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
