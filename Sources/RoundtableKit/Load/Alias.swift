/// An address a page had before it moved (`aliases:` in front matter, as in Hugo and Zola): the
/// build writes a redirect page there, so that links and bookmarks to the old URL keep working.
public struct Alias: Sendable, Equatable {
    /// Below the base URL, without a leading `/`: `guides/chapter-1/` or `guides/chapter-1.html`.
    public let path: String
    package let location: SourceLocation
    package let sourceLine: String?

    /// Reads `aliases:`, a list of old paths, each reported where it is written when it cannot be one.
    static func read(from reader: inout MappingReader) -> [Alias] {
        guard let items = reader.sequence("aliases", required: false) else { return [] }
        var aliases: [Alias] = []
        for item in items {
            guard let written = item.scalar?.string, let path = normalised(written) else {
                reader.report(
                    "every item of 'aliases' must be a path of this site below its base URL, such as "
                        + "'/guides/chapter-1/' or '/guides/chapter-1.html' (no '..', no query, no other site)",
                    at: item)
                continue
            }
            let location = reader.context.location(of: item)
            aliases.append(
                Alias(path: path, location: location, sourceLine: reader.context.source.line(location.line)))
        }
        return aliases
    }

    /// `/guides/chapter-1` → `guides/chapter-1/`; nil for what no redirect page can stand at.
    package static func normalised(_ written: String) -> String? {
        var path = Substring(written.trimmingWhitespace())
        if path.hasPrefix("/") { path = path.dropFirst() }
        guard !path.isEmpty, !path.contains("//"), !path.contains("://"),
            !path.unicodeScalars.contains(where: { "?#\\\"<>".unicodeScalars.contains($0) || $0.value < 0x21 })
        else { return nil }
        let segments = path.split(separator: "/")
        guard !segments.contains(where: { $0 == "." || $0 == ".." }), let last = segments.last else { return nil }
        if path.hasSuffix("/") { return String(path) }
        // Served from the same file as the folder's own address.
        if last == "index.html" { return String(path.dropLast("index.html".count)) }
        guard let dot = last.lastIndex(of: ".") else { return String(path) + "/" }
        // A page of another generator: only an HTML file can carry the refresh.
        return ["html", "htm"].contains(last[last.index(after: dot)...].lowercased()) ? String(path) : nil
    }

    package init(path: String, location: SourceLocation, sourceLine: String?) {
        self.path = path
        self.location = location
        self.sourceLine = sourceLine
    }
}
