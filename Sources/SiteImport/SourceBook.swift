import RoundtableKit

/// What `roundtable import` read from another generator's sources: the handbook's chapters in
/// their reading order, grouped into parts, with the addresses they were published at. Paths are
/// relative to the folder the old site's pages and files are in (a Jekyll site's root, an mdBook's
/// `src/`).
struct SourceBook {
    /// nil when the old site names none.
    var title: String?
    var description: String?
    var language: String?
    /// The old site's published address, for `base_url`.
    var baseURL: String?
    /// The old site's path below its host (`/gsocguides`), which root-absolute links start with.
    var basePath: String = ""
    /// Chapters outside any part, shown before the parts.
    var looseChapters: [SourceChapter] = []
    var parts: [SourcePart] = []
    var headingIDs: OldHeadingIDs
    var notes: [Diagnostic] = []

    var chapters: [SourceChapter] { looseChapters + parts.flatMap(\.chapters) }
}

struct SourcePart {
    var title: String
    var chapters: [SourceChapter]
}

struct SourceChapter {
    /// `pages/mentor/05-selecting_a_student.md`, below the pages' folder.
    var path: String
    /// The file as it was read, named as the organiser named it (`old-site/pages/…`), for notes.
    var source: SourceText
    var title: String
    var summary: String?
    /// The Markdown once the generator's own syntax is expanded (includes, Liquid).
    var body: ExpandedText
    /// Where it was published, below the old base path and without a leading `/`; the first is
    /// its address, the others old redirects. Empty for the old home page.
    var oldURLs: [String]
    /// The slug a permalink gives it, else its title decides.
    var slugSource: String?
    /// Heading ids written in the source (kramdown's `## Title {#id}`), by line of the body.
    var explicitIDs: [Int: String] = [:]
}

extension SourceChapter {
    /// A note about line `line` (of the expanded body), at the source line it came from.
    func note(_ severity: Diagnostic.Severity, _ message: String, bodyLine line: Int, column: Int = 1) -> Diagnostic {
        let origin = body.origin(of: line)
        return Diagnostic(
            severity, message, at: source.location(line: origin, column: column), sourceLine: source.line(origin))
    }
}
