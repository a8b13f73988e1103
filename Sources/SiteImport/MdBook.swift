import RoundtableKit

/// Reads an mdBook: `book.toml` for the title and the source folder, `SUMMARY.md` for the
/// chapters and parts in reading order, each chapter with its `{{#include}}`s expanded.
struct MdBook {
    let book: SourceFolder
    private(set) var notes: [Diagnostic] = []

    init(_ book: SourceFolder) {
        self.book = book
    }

    mutating func read() -> SourceBook {
        var settings: [String: String] = [:]
        if let toml = book.source("book.toml") {
            settings = SimpleTOML.strings(in: toml, notes: &notes)
        } else {
            notes.append(
                Diagnostic(
                    .warning, "no book.toml: is this an mdBook? The book's title is left to you",
                    at: SourceLocation(file: book.shown("book.toml"), line: 1)))
        }
        let sourcePath = settings["book.src"] ?? "src"
        let folder = book.folder(sourcePath)
        var result = SourceBook(
            title: settings["book.title"], description: settings["book.description"],
            language: settings["book.language"], headingIDs: .mdBook)
        // `site-url` is the book's path on its host (`/mdBook/`): root-absolute links start with it.
        if let siteURL = settings["output.html.site-url"] {
            if siteURL.hasPrefix("http://") || siteURL.hasPrefix("https://") {
                result.baseURL = siteURL
            } else {
                result.basePath = "/" + siteURL.split(separator: "/").joined(separator: "/")
            }
        }
        guard let summary = folder.source("SUMMARY.md") else {
            notes.append(
                Diagnostic(
                    .error, "no SUMMARY.md: an mdBook lists its chapters there",
                    at: SourceLocation(file: folder.shown("SUMMARY.md"), line: 1)))
            result.notes = notes
            return result
        }
        let includes = MdBookInclude(folder: folder)
        var partTitle: String?
        var seenNumbered = false
        var nested: [SourceLocation] = []
        for entry in MdBookSummary.entries(of: summary, notes: &notes) {
            switch entry.kind {
            case .part(let title):
                partTitle = title
                result.parts.append(SourcePart(title: title, chapters: []))
            case .chapter(let title, let path, let depth):
                guard let path else {
                    notes.append(
                        Diagnostic(
                            .note, "draft chapter '\(title)' has no file: not imported", at: entry.location,
                            sourceLine: summary.line(entry.location.line)))
                    continue
                }
                guard let chapter = readChapter(path, title: title, folder: folder, includes: includes, entry: entry)
                else { continue }
                if depth > 0 { nested.append(entry.location) }
                if entry.isNumbered { seenNumbered = true }
                if partTitle != nil, entry.isNumbered, !result.parts.isEmpty {
                    result.parts[result.parts.count - 1].chapters.append(chapter)
                } else {
                    result.looseChapters.append(chapter)
                    if seenNumbered && !entry.isNumbered {
                        notes.append(
                            Diagnostic(
                                .note, "a chapter after the numbered ones is listed before the parts in the handbook",
                                at: entry.location, sourceLine: summary.line(entry.location.line)))
                    }
                }
            }
        }
        if let first = nested.first {
            notes.append(
                Diagnostic(
                    .note,
                    nested.count == 1
                        ? "a nested chapter follows its parent in the same part: the handbook has one level of chapters"
                        : "\(nested.count) nested chapters follow their parents in the same part: the handbook has "
                            + "one level of chapters", at: first,
                    sourceLine: summary.line(first.line)))
        }
        result.parts.removeAll { $0.chapters.isEmpty }
        result.notes = notes
        return result
    }

    private mutating func readChapter(
        _ path: String, title: String, folder: SourceFolder, includes: MdBookInclude, entry: MdBookSummary.Entry
    ) -> SourceChapter? {
        guard let source = folder.source(path) else {
            notes.append(
                Diagnostic(
                    .error, "chapter '\(title)' names '\(path)', which is not in \(folder.shownRoot)/",
                    at: entry.location))
            return nil
        }
        var (body, found) = includes.expand(source, path: path)
        notes += found
        if let (heading, _, skipped) = JekyllSite.leadingTitle(of: body.text), heading == title {
            body = body.droppingFirst(skipped)
        }
        let stem = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
        let isReadme = stem == "README" || stem.hasSuffix("/README")
        let oldURL = isReadme ? String(stem.dropLast("README".count)) : stem + ".html"
        return SourceChapter(
            path: path, source: source, title: title, summary: nil, body: body, oldURLs: [oldURL], slugSource: nil)
    }
}
