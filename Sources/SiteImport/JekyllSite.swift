import RoundtableKit
import Yams

/// Reads a Jekyll site: its pages (Markdown files with front matter), their addresses
/// (`permalink`, else the file's path), the sidebars in `_data/` that group them, and
/// `_config.yml` for the site's title and address.
struct JekyllSite {
    let folder: SourceFolder
    var notes: [Diagnostic] = []

    /// Front-matter keys the import turns into something; every other key is dropped and listed.
    static let usedKeys: Set<String> = [
        "title", "permalink", "redirect_from", "order", "nav_order", "weight", "section", "parent", "sidebar",
        "description", "summary", "excerpt",
    ]
    static let markdownExtensions: Set<String> = ["md", "markdown", "mkd", "mkdn", "mdown"]

    struct Page {
        var path: String
        var source: SourceText
        var title: String
        var summary: String?
        var body: String
        var bodyLine: Int
        var oldURLs: [String]
        var slugSource: String?
        var order: Int?
        var section: String?
        var sidebar: String?
    }

    init(_ folder: SourceFolder) {
        self.folder = folder
    }

    mutating func read() -> SourceBook {
        let config = readConfig()
        let excluded = Set(config?.value(for: "exclude")?.sequence?.compactMap { $0.scalar?.string } ?? [])
        let pretty = config?.string("permalink") == "pretty"
        let basePath = "/" + (config?.string("baseurl") ?? "").split(separator: "/").joined(separator: "/")
        var pages: [Page] = []
        let files = folder.files { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name.hasPrefix("_") || name.hasPrefix(".") || ["node_modules", "vendor"].contains(name)
                || excluded.contains(path) || excluded.contains(name)
        }
        for path in files where Self.markdownExtensions.contains(Self.fileExtension(of: path)) {
            if let page = readPage(path, pretty: pretty) { pages.append(page) }
        }
        let posts = folder.folder("_posts").files { _ in false }.count
        if posts > 0 {
            notes.append(
                Diagnostic(
                    .note, "\(posts) blog post\(posts == 1 ? "" : "s") in _posts/ not imported: Roundtable has no blog",
                    at: SourceLocation(file: folder.shown("_posts"), line: 1)))
        }
        var addresses: [String: String] = [:]
        for page in pages { addresses[page.path] = page.oldURLs.first ?? "" }
        let liquid = JekyllLiquid(folder: folder, addresses: addresses)
        var chapters: [SourceChapter] = []
        for page in pages {
            let (body, found) = liquid.expand(page.body, firstLine: page.bodyLine, path: page.path, source: page.source)
            notes += found
            var chapter = SourceChapter(
                path: page.path, source: page.source, title: page.title, summary: page.summary, body: body,
                oldURLs: page.oldURLs, slugSource: page.slugSource)
            KramdownSyntax.take(from: &chapter, notes: &notes)
            chapters.append(chapter)
        }
        let siteURL = config?.string("url").map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        var book = SourceBook(
            title: config?.string("title"), description: config?.string("description"),
            language: config?.string("lang") ?? config?.string("locale")?.replacingOccurrences(of: "_", with: "-"),
            baseURL: siteURL.map { $0 + (basePath == "/" ? "/" : basePath + "/") },
            basePath: basePath == "/" ? "" : basePath, headingIDs: .gitHub)
        group(chapters, pages: pages, into: &book)
        book.notes = notes + droppedKeyNotes + book.notes
        return book
    }

    private mutating func readConfig() -> Node.Mapping? {
        for name in ["_config.yml", "_config.yaml"] {
            guard let source = folder.source(name) else { continue }
            let (node, errors) = YAMLContext(source: source, lineOffset: 0).parse(source.text)
            notes += errors
            return node?.mapping
        }
        notes.append(
            Diagnostic(
                .warning, "no _config.yml: is this a Jekyll site? The site's title and address are left to you",
                at: SourceLocation(file: folder.shown("_config.yml"), line: 1)))
        return nil
    }

    private mutating func readPage(_ path: String, pretty: Bool) -> Page? {
        guard let source = folder.source(path), source.text.hasPrefix("---") else { return nil }
        let (split, problem) = FrontMatter.split(source)
        guard let split else {
            notes += problem.map { [$0] } ?? []
            return nil
        }
        let context = YAMLContext(source: source, lineOffset: split.yamlLineOffset)
        let (node, errors) = context.parse(split.yaml)
        notes += errors
        let fields = node?.mapping ?? Node.Mapping([])
        for (key, _) in fields {
            guard let name = key.scalar?.string, !Self.usedKeys.contains(name) else { continue }
            dropped[name, default: []].append(context.location(of: key))
            droppedLines[context.location(of: key)] = source.line(context.location(of: key).line)
        }
        var body = String(split.body)
        var bodyLine = split.bodyLineOffset + 1
        var title = fields.string("title")
        if let (heading, rest, skipped) = Self.leadingTitle(of: body), title == nil || heading == title {
            title = heading
            body = rest
            bodyLine += skipped
        }
        let stem = String(path.split(separator: "/").last!.split(separator: ".").first!)
        var oldURLs: [String] = []
        let permalink = fields.string("permalink")
        if let permalink {
            oldURLs.append(String(permalink.drop { $0 == "/" }))
        } else {
            let folderPath = SitePath.folder(of: path)
            oldURLs.append(stem == "index" ? folderPath : folderPath + stem + (pretty ? "/" : ".html"))
        }
        let redirects = fields.value(for: "redirect_from")
        for item in redirects?.sequence.map(Array.init) ?? redirects.map({ [$0] }) ?? [] {
            if let url = item.scalar?.string { oldURLs.append(String(url.drop { $0 == "/" })) }
        }
        let order = ["order", "nav_order", "weight"].lazy.compactMap { fields.string($0).flatMap { Int($0) } }.first
        return Page(
            path: path, source: source, title: title ?? FileNames.words(of: stem),
            summary: fields.string("summary") ?? fields.string("description") ?? fields.string("excerpt"),
            body: body, bodyLine: bodyLine, oldURLs: oldURLs,
            slugSource: permalink.flatMap { Self.lastSegment(of: $0) }, order: order,
            section: fields.string("section") ?? fields.string("parent"), sidebar: fields.string("sidebar"))
    }

    private var dropped: [String: [SourceLocation]] = [:]
    private var droppedLines: [SourceLocation: String?] = [:]

    /// One note per dropped key, at its first use, with the number of pages that had it.
    private var droppedKeyNotes: [Diagnostic] {
        dropped.sorted { $0.key < $1.key }.map { key, places in
            let first = places.min()!
            let count = places.count == 1 ? "" : " (in \(places.count) pages)"
            return Diagnostic(
                .note, "front-matter key '\(key)' dropped\(count): Roundtable has no such setting", at: first,
                sourceLine: droppedLines[first] ?? nil)
        }
    }

    /// A first line `# Title`: its text, the body after it and the lines that takes.
    static func leadingTitle(of body: String) -> (String, String, Int)? {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }), lines[index].hasPrefix("# ")
        else { return nil }
        let title = lines[index].dropFirst(2).trimmingSpaces()
        guard !title.isEmpty else { return nil }
        return (title, lines[(index + 1)...].joined(separator: "\n"), index + 1)
    }

    /// `/mentor/selecting-a-student.html` → `selecting-a-student`.
    /// A section's own address (`/mentor/`) names the section, not the page: then the title decides.
    static func lastSegment(of permalink: String) -> String? {
        let segments = permalink.split(separator: "/")
        guard let last = segments.last, segments.count > 1 || !permalink.hasSuffix("/") else { return nil }
        let name = last.hasSuffix(".html") ? last.dropLast(5) : last
        return name.isEmpty ? nil : String(name)
    }

    static func fileExtension(of path: String) -> String {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: "."), dot != name.startIndex
        else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
