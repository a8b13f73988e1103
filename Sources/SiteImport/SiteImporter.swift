import Foundation
import RoundtableKit

/// `roundtable import jekyll|mdbook SOURCE --into DIR`: another generator's documentation as
/// Roundtable content, and what the organiser must still look at, as notes and warnings.
public enum SiteImporter {
    public enum Format: String, CaseIterable, Sendable {
        case jekyll
        case mdbook
    }

    public struct Result {
        /// Paths inside the content folder, with what to write there.
        public let files: [String: Data]
        public let diagnostics: [Diagnostic]
        public let chapters: Int
        public let parts: Int
        public let aliases: Int
    }

    /// Reads `source` and lays it out for the content folder `into`: a new site when it has no
    /// site.yaml, else more of its handbook, numbered after the chapters and parts it has.
    /// Nothing is written: see `write`.
    public static func plan(_ format: Format, source: String, into content: String) -> Result {
        let root = SourceFolder(source)
        var book: SourceBook
        var pages = root
        switch format {
        case .jekyll:
            var site = JekyllSite(root)
            book = site.read()
        case .mdbook:
            var mdBook = MdBook(root)
            book = mdBook.read()
            pages = root.folder(SimpleTOML.sourceFolder(of: root))
        }
        let existing = URL(fileURLWithPath: content)
        let process = existing.appendingPathComponent("process")
        let taken = ((try? FileManager.default.contentsOfDirectory(atPath: process.path)) ?? []).compactMap { name in
            Int(name.prefix { $0.isNumber })
        }
        let layout = ContentLayout(book: book, folder: pages, firstNumber: (taken.max() ?? 0) + 1)
        var (files, notes) = layout.files()
        let hasSite = FileManager.default.fileExists(atPath: existing.appendingPathComponent("site.yaml").path)
        if !hasSite { files["site.yaml"] = Data(siteFile(for: book, notes: &notes).utf8) }
        let chapters = book.chapters
        return Result(
            files: files, diagnostics: (book.notes + notes).sorted(), chapters: chapters.count,
            parts: book.parts.count, aliases: chapters.reduce(0) { $0 + $1.oldURLs.filter { !$0.isEmpty }.count })
    }

    /// Writes the planned files below `content`, after checking that none of them exists: an
    /// import never replaces a file. Returns the paths that were in the way, if any.
    public static func write(_ result: Result, into content: String) throws -> [String] {
        let root = URL(fileURLWithPath: content)
        let existing = result.files.keys.filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
        }
        guard existing.isEmpty else { return existing.sorted() }
        for (path, data) in result.files.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .withoutOverwriting)
        }
        return []
    }

    private static func siteFile(for book: SourceBook, notes: inout [Diagnostic]) -> String {
        var lines = ["# Written by roundtable import: check each value (see docs/content.md)."]
        let title = book.title ?? "Handbook"
        if book.title == nil {
            notes.append(
                Diagnostic(.note, "the old site has no title: site.yaml calls it 'Handbook' until you name it"))
        }
        lines.append("title: \(YAMLText.quoted(title))")
        if book.description == nil {
            notes.append(
                Diagnostic(.note, "the old site has no description: site.yaml says what it is in one sentence"))
        }
        lines.append("description: \(YAMLText.quoted(book.description ?? "The \(title)."))")
        var baseURL = book.baseURL ?? "https://example.org/"
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        if book.baseURL == nil {
            notes.append(Diagnostic(.note, "the old site names no address: set base_url in site.yaml"))
        }
        lines.append("base_url: \(YAMLText.quoted(baseURL))")
        lines.append("language: \(YAMLText.quoted(book.language ?? "en"))")
        notes.append(
            Diagnostic(
                .note,
                "no licence is claimed: if the old site's text has one, name it in site.yaml ('licence: {name, url}')"))
        return lines.joined(separator: "\n") + "\n"
    }
}
