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
    static func file(for site: Site, entries: [SearchEntry]) -> OutputFile {
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
