import Markdown

/// Renders a Markdown body for the page it appears on: links between content files become
/// relative URLs of that page, broken ones become diagnostics at their line in the source file.
struct BodyRenderer {
    let site: Site

    /// `embeddedAs` renders the body as one of several on a page (a printable pack), each below
    /// an `<h2>`: its headings below that, their ids and the links to them starting with `<embeddedAs>--`
    /// (slugs never hold two hyphens in a row, so they cannot meet another body's ids).
    func render(
        _ source: MarkdownSource, contentPath: String, on page: Route, embeddedAs: String? = nil,
        anchors: [HeadingAnchor] = []
    ) -> RenderedBody {
        var diagnostics: [Diagnostic] = []
        var anchorChecks: [AnchorCheck] = []
        var attachments: Set<String> = []
        var sameDocumentFragments: [(fragment: String, location: SourceLocation, written: String)] = []
        var options = site.config.markdown
        options.headingLinkLabel = site.theme.strings.text("site.heading_link")
        let idPrefix = embeddedAs.map { $0 + "--" } ?? ""
        options.headingIDs = Dictionary(anchors.map { ($0.generated, $0.id) }, uniquingKeysWith: { first, _ in first })
        if embeddedAs != nil {
            options.headingIDPrefix = idPrefix
            options.parentHeadingLevel = 2
        }
        let rendered = MarkdownDocument.render(source.text, options: options, collectsText: embeddedAs == nil) { link in
            let location = source.location(line: link.line, column: link.column)
            switch site.links.resolve(link.destination, from: contentPath, on: page) {
            case .unchanged:
                // cmark's safe mode keeps data:image/… URLs; the site carries no data: URL at all.
                if !site.config.markdown.allowRawHTML,
                    link.destination.trimmingWhitespace().lowercased().hasPrefix("data:")
                {
                    return ""
                }
                return nil
            case .sameDocument(let fragment):
                sameDocumentFragments.append((fragment, location, link.destination))
                return embeddedAs == nil || fragment.isEmpty ? nil : "#" + idPrefix + fragment
            case .rewritten(let url, let target, let fragment):
                if let fragment {
                    anchorChecks.append(
                        AnchorCheck(
                            target: target, fragment: fragment, location: location,
                            sourceLine: source.file.line(location.line), written: link.destination))
                }
                return url
            case .attachment(let url, let file):
                attachments.insert(file)
                return url
            case .index(let url):
                return url
            case .broken(let message, let note):
                diagnostics.append(
                    Diagnostic(.error, message, at: location, sourceLine: source.file.line(location.line), note: note))
                return nil
            case .questionable(let message, let note):
                diagnostics.append(
                    Diagnostic(.warning, message, at: location, sourceLine: source.file.line(location.line), note: note)
                )
                return nil
            }
        }
        for html in rendered.rawHTML {
            let location = source.location(line: html.line, column: html.column)
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "raw HTML \(html.tag)> is left out of the page: Markdown is rendered in safe mode",
                    at: location, sourceLine: source.file.line(location.line),
                    note: "to keep raw HTML, set 'markdown: {raw_html: true}' in site.yaml"))
        }
        diagnostics += Self.check(anchors, against: rendered.headings)
        let ids = Set(rendered.headings.map(\.id))
        for (fragment, location, written) in sameDocumentFragments
        where !fragment.isEmpty && !ids.contains(idPrefix + fragment) {
            diagnostics.append(
                Diagnostic(
                    .error, "broken anchor '\(written)': this page has no heading with the id '\(fragment)'",
                    at: location, sourceLine: source.file.line(location.line),
                    note: Suggestion.anchorNote(for: fragment, in: ids, page: "this page")
                ))
        }
        return RenderedBody(
            html: rendered.html, headings: rendered.headings, diagnostics: diagnostics, anchorChecks: anchorChecks,
            attachments: attachments.sorted(), text: rendered.text)
    }

    /// Every entry of `anchors:` names a heading of the body, and gives it an id no other heading has.
    private static func check(_ anchors: [HeadingAnchor], against headings: [Heading]) -> [Diagnostic] {
        guard !anchors.isEmpty else { return [] }
        let generated = Set(headings.map(\.generatedID))
        var headingsByID: [String: Int] = [:]
        for heading in headings { headingsByID[heading.id, default: 0] += 1 }
        return anchors.compactMap { anchor in
            if !generated.contains(anchor.generated) {
                return Diagnostic(
                    .error, "'anchors' names '\(anchor.generated)', but no heading of this page has that id",
                    at: anchor.location, sourceLine: anchor.sourceLine,
                    note: Suggestion.note(for: anchor.generated, in: generated)
                        ?? "the ids of its headings: \(headings.map(\.generatedID).joined(separator: ", "))")
            }
            if let count = headingsByID[anchor.id], count > 1 {
                return Diagnostic(
                    .error, "'anchors' gives a heading the id '\(anchor.id)', which another heading of this page has",
                    at: anchor.location, sourceLine: anchor.sourceLine, note: "choose an id no other heading has")
            }
            return nil
        }
    }
}
