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
        var json = "{\"kinds\":{"
        for (offset, kind) in kinds.enumerated() {
            if offset > 0 { json += "," }
            append(kind, to: &json)
            json += ":"
            append(site.theme.strings.text("search.kind." + kind), to: &json)
        }
        json += "},\n\"pages\":["
        for (offset, entry) in entries.sorted(by: { $0.path < $1.path }).enumerated() {
            json += offset == 0 ? "\n" : ",\n"
            append(entry, to: &json)
        }
        json += "\n]}\n"
        return OutputFile(path: site.routes.searchIndex.outputFile, text: json)
    }

    private static func append(_ entry: SearchEntry, to json: inout String) {
        json += "{\"u\":"
        append(entry.path, to: &json)
        json += ",\"k\":"
        append(entry.kind, to: &json)
        json += ",\"t\":"
        append(entry.title, to: &json)
        for (key, value) in [("s", entry.summary), ("x", entry.openingText), ("w", entry.otherWords)]
        where !value.isEmpty {
            json += ",\"\(key)\":"
            append(value, to: &json)
        }
        if !entry.headings.isEmpty {
            json += ",\"h\":["
            for (offset, heading) in entry.headings.enumerated() {
                json += offset == 0 ? "[" : ",["
                append(heading.text, to: &json)
                json += ","
                append(heading.id, to: &json)
                json += "]"
            }
            json += "]"
        }
        for (key, list) in [("g", entry.tags), ("r", entry.rounds)] where !list.isEmpty {
            json += ",\"\(key)\":["
            for (offset, item) in list.enumerated() {
                if offset > 0 { json += "," }
                append(item, to: &json)
            }
            json += "]"
        }
        json += "}"
    }

    /// A JSON string (RFC 8259): quotes, backslashes and control characters escaped; `<` too,
    /// so that the text stays inert wherever a browser meets it.
    static func append(_ text: String, to json: inout String) {
        json += "\""
        var plain = true
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C {
            plain = false
            break
        }
        if plain {
            json += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case "\n": json += "\\n"
                case "\t": json += "\\t"
                case "\r": json += "\\r"
                case "<": json += "\\u003c"
                default:
                    if scalar.value < 0x20 {
                        json +=
                            "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                            + String(scalar.value, radix: 16)
                    } else {
                        json.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        json += "\""
    }
}
