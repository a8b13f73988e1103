import Foundation
import Markdown
import RoundtableKit

/// Lays a `SourceBook` out as Roundtable content: `process/NN-<part>/NN-<slug>.md` with
/// `_part.yaml`, each chapter's links rewritten to the chapters and files they led to, the
/// files they show copied into `images/`, its old addresses as `aliases` and the heading ids
/// the old pages had as `anchors`.
struct ContentLayout {
    let book: SourceBook
    /// The folder the book's pages and files are in.
    let folder: SourceFolder
    /// The number the first new chapter or part takes in process/.
    let firstNumber: Int

    private struct Placed {
        let chapter: SourceChapter
        /// `process/03-mentor-getting-started/02-selecting-a-student.md`.
        let path: String
    }

    func files() -> (files: [String: Data], notes: [Diagnostic]) {
        var files: [String: Data] = [:]
        var notes: [Diagnostic] = []
        let placed = place(into: &files)
        var byPath: [String: String] = [:]
        var byKey: [String: String] = [:]
        for item in placed {
            byPath[item.chapter.path] = item.path
            for url in item.chapter.oldURLs where byKey[SitePath.key(url)] == nil {
                byKey[SitePath.key(url)] = item.path
            }
        }
        var assets: [String: String] = [:]
        var assetSources: [String: String] = [:]
        for item in placed {
            let chapter = item.chapter
            let (body, unchanged) = LinkRewriter.rewrite(chapter.body.text) { span in
                switch resolve(span.destination, from: chapter, byPath: byPath, byKey: byKey) {
                case .keep: return nil
                case .chapter(let target, let fragment):
                    return SitePath.relative(from: item.path, to: target) + fragment
                case .home(let fragment):
                    return String(repeating: "../", count: item.path.split(separator: "/").count - 1) + fragment
                case .file(let source, let fragment):
                    let asset = assets[source] ?? assetPath(for: source, taken: &assetSources)
                    assets[source] = asset
                    return SitePath.relative(from: item.path, to: asset) + fragment
                case .missing:
                    notes.append(
                        chapter.note(
                            .warning,
                            "link '\(span.destination)' leads to no page or file of the old site: "
                                + "left as written", bodyLine: span.line, column: span.column))
                    return nil
                }
            }
            for span in unchanged {
                notes.append(
                    chapter.note(
                        .warning,
                        "link '\(span.destination)' could not be rewritten where it is written: fix it by hand",
                        bodyLine: span.line, column: span.column))
            }
            var text = frontMatter(for: chapter, body: body, notes: &notes)
            text += body.hasPrefix("\n") ? body : "\n" + body
            if !text.hasSuffix("\n") { text += "\n" }
            files[item.path] = Data(text.utf8)
        }
        for (source, asset) in assets {
            files[asset] = folder.data(source)
        }
        return (files, notes)
    }

    /// Gives each chapter and part its file name: numbered in reading order, slugs unique where
    /// they share an address.
    private func place(into files: inout [String: Data]) -> [Placed] {
        var placed: [Placed] = []
        var topSlugs = UniqueSlugs(reserved: ["print"])
        var number = firstNumber
        let width = max(2, String(firstNumber + book.looseChapters.count + book.parts.count).count)
        func numbered(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        for chapter in book.looseChapters {
            let slug = topSlugs.claim(chapter.slugSource ?? chapter.title, fallback: "chapter")
            placed.append(Placed(chapter: chapter, path: "process/\(numbered(number, width))-\(slug).md"))
            number += 1
        }
        for part in book.parts {
            let partFolder = "process/\(numbered(number, width))-\(topSlugs.claim(part.title, fallback: "part"))/"
            files[partFolder + "_part.yaml"] = Data("title: \(YAMLText.quoted(part.title))\n".utf8)
            var slugs = UniqueSlugs()
            let chapterWidth = max(2, String(part.chapters.count).count)
            for (index, chapter) in part.chapters.enumerated() {
                let slug = slugs.claim(chapter.slugSource ?? chapter.title, fallback: "chapter")
                placed.append(
                    Placed(chapter: chapter, path: partFolder + "\(numbered(index + 1, chapterWidth))-\(slug).md"))
            }
            number += 1
        }
        return placed
    }

    private enum Target {
        case keep
        case chapter(String, fragment: String)
        case home(fragment: String)
        case file(String, fragment: String)
        case missing
    }

    private func resolve(
        _ destination: String, from chapter: SourceChapter, byPath: [String: String], byKey: [String: String]
    ) -> Target {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//") else { return .keep }
        if let colon = destination.firstIndex(of: ":"), !destination[..<colon].contains("/") { return .keep }
        var path = Substring(destination)
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = path[..<hash]
        }
        if let question = path.firstIndex(of: "?") { path = path[..<question] }
        let written = path.removingPercentEncoding ?? String(path)
        var candidates: [String] = []
        if written.hasPrefix("/") {
            var rooted = Substring(written.drop { $0 == "/" })
            let base = book.basePath.drop { $0 == "/" }
            if !base.isEmpty, rooted.hasPrefix(base + "/") || rooted == base {
                rooted = rooted.dropFirst(base.count + 1)
            }
            candidates.append(String(rooted))
        } else {
            candidates += [
                SitePath.folder(of: chapter.path), SitePath.folder(of: chapter.oldURLs.first ?? chapter.path),
            ]
            .compactMap { SitePath.resolve(written, against: $0) }
        }
        for candidate in candidates {
            if let target = byPath[candidate] { return .chapter(target, fragment: fragment) }
            let name = candidate.split(separator: "/").last ?? ""
            let isPage = !name.contains(".") || candidate.hasSuffix(".html")
            if candidate.isEmpty || candidate.hasSuffix("/") || isPage {
                if let target = byKey[SitePath.key(candidate)] { return .chapter(target, fragment: fragment) }
                if SitePath.key(candidate).isEmpty { return .home(fragment: fragment) }
            }
            if !candidate.isEmpty, !candidate.hasSuffix("/"), folder.isFile(candidate),
                !JekyllSite.markdownExtensions.contains(JekyllSite.fileExtension(of: candidate))
            {
                return .file(candidate, fragment: fragment)
            }
        }
        return .missing
    }

    /// `images/` and the file's path in the old site (without its own leading `images/`).
    private func assetPath(for source: String, taken: inout [String: String]) -> String {
        var path = "images/" + (source.hasPrefix("images/") ? String(source.dropFirst("images/".count)) : source)
        if let other = taken[path], other != source { path = "images/" + source }
        taken[path] = source
        return path
    }

    private func frontMatter(for chapter: SourceChapter, body: String, notes: inout [Diagnostic]) -> String {
        var lines = ["---", "title: \(YAMLText.quoted(chapter.title))"]
        if let summary = chapter.summary { lines.append("summary: \(YAMLText.quoted(summary))") }
        var aliases: [String] = []
        for url in chapter.oldURLs {
            guard !url.isEmpty else {
                notes.append(
                    Diagnostic(
                        .note, "the old address of '\(chapter.title)' was the site's home, which stays the home page",
                        at: chapter.source.location(line: 1)))
                continue
            }
            guard Alias.normalised(url) != nil else {
                notes.append(
                    Diagnostic(
                        .warning,
                        "old address '/\(url)' cannot hold a redirect page (only folders and .html files can)",
                        at: chapter.source.location(line: 1)))
                continue
            }
            if !aliases.contains("/" + url) { aliases.append("/" + url) }
        }
        if !aliases.isEmpty {
            lines.append("aliases:")
            lines += aliases.map { "  - \(YAMLText.quoted($0))" }
        }
        let anchors = keptAnchors(of: chapter, body: body)
        if !anchors.isEmpty {
            lines.append("anchors:")
            lines += anchors.map { "  \(YAMLText.quoted($0.generated)): \(YAMLText.quoted($0.old))" }
        }
        return (lines + ["---", ""]).joined(separator: "\n")
    }

    /// The headings whose id on the old page differs from the one Roundtable gives them.
    private func keptAnchors(of chapter: SourceChapter, body: String) -> [(generated: String, old: String)] {
        let headings = MarkdownDocument(body).assignHeadingIDs()
        let oldIDs = book.headingIDs.ids(of: headings.map(\.text))
        let generated = Set(headings.map(\.generatedID))
        var kept: [(generated: String, old: String)] = []
        var taken: Set<String> = []
        for (heading, automatic) in zip(headings, oldIDs) {
            let old = chapter.explicitIDs[heading.line] ?? automatic
            guard old != heading.generatedID, !old.isEmpty, !old.hasPrefix("-"), !generated.contains(old),
                taken.insert(old).inserted
            else { continue }
            kept.append((heading.generatedID, old))
        }
        return kept
    }
}
