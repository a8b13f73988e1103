import Foundation
import Markdown

/// The code that reads what volunteers write, driven by libFuzzer (`roundtable-fuzz`) and by
/// the regression tests over `Fuzz/corpus/`. Each target checks properties, not just that
/// nothing traps; a broken property is a `preconditionFailure`, which libFuzzer reports as a
/// crash with its input.
package enum FuzzTargets {
    package static let names = ["front-matter", "pair-csv", "links", "slug"]

    package static func run(_ name: String, _ data: Data) {
        switch name {
        case "front-matter": frontMatter(data)
        case "pair-csv": pairCSV(data)
        case "links": links(data)
        case "slug": slug(data)
        default: preconditionFailure("unknown fuzz target '\(name)'; known: \(names.joined(separator: ", "))")
        }
    }

    /// Splitting and parsing a topic file: diagnostics point at lines that exist.
    static func frontMatter(_ data: Data) {
        guard case .success(let source) = TextDecoder.decode(data, path: "topics/fuzz.md") else { return }
        let (topic, diagnostics) = Topic.load(source, contentPath: "topics/fuzz.md", fileName: "fuzz.md")
        for diagnostic in diagnostics {
            guard let location = diagnostic.location else { continue }
            check(
                location.line >= 1 && location.line <= source.lineCount + 1,
                "diagnostic on line \(location.line) of \(source.lineCount)")
        }
        if let topic { check(topic.body.lineOffset <= source.lineCount, "body starts after the end of the file") }
    }

    /// Reading a pair file: masked lines keep their length; refused files give diagnostics.
    static func pairCSV(_ data: Data) {
        guard case .success(let source) = TextDecoder.decode(data, path: "pairs/2016A.csv") else { return }
        let (file, diagnostics) = PairFile.load(source, roundID: "2016A")
        check(
            (file == nil) != diagnostics.isEmpty, "a pair file was refused without a diagnostic, or accepted with one")
        for diagnostic in diagnostics {
            guard let location = diagnostic.location, let shown = diagnostic.sourceLine,
                let original = source.line(location.line)
            else { continue }
            check(
                shown.unicodeScalars.count == original.unicodeScalars.count,
                "masking changed the length of line \(location.line)")
        }
        if let file {
            check(Set(file.records.map(\.id)).count == file.records.count, "duplicate pair ids were accepted")
            for record in file.records {
                check(
                    PersonalDataGuard.concern(about: record.id, isIdentifier: true) == nil, "a refused id was accepted")
            }
        }
    }

    /// Link rewriting: a body with any links renders, and no link leaves the content folder or
    /// carries a script URL.
    static func links(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let rendered = MarkdownDocument.render(text) { link in
            if let target = LinkResolver.normalise(link.destination, relativeTo: "topics/fuzz.md") {
                check(!target.split(separator: "/").contains(".."), "'\(link.destination)' normalised to '\(target)'")
                check(!target.hasPrefix("/"), "'\(link.destination)' normalised to an absolute path")
            }
            return nil
        }
        let html = rendered.html.lowercased()
        for scheme in ["href=\"javascript:", "href=\"vbscript:", "src=\"javascript:"] {
            check(!html.contains(scheme), "safe mode let \(scheme) through")
        }
        check(!html.contains("<script"), "safe mode let a script element through")
    }

    /// Slugs: only URL-safe characters, stable, and unique when claimed.
    static func slug(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let slug = Slug.make(text)
        check(Slug.make(slug) == slug, "slugging '\(slug)' again changes it")
        check(
            !slug.contains { $0 == "/" || $0 == "." || $0 == "%" || $0 == "\\" || $0.isWhitespace },
            "slug '\(slug)' has a path character")
        var unique = UniqueSlugs()
        let first = unique.claim(text)
        let second = unique.claim(text)
        check(first != second, "two claims of '\(text)' gave one id")
    }

    private static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { preconditionFailure(message()) }
    }
}
