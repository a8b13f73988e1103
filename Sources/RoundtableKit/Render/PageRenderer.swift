import Markdown

/// Renders one page of the site through the theme. Every method is independent of the others,
/// so the site renderer runs them in parallel.
struct PageRenderer {
    let site: Site
    /// Made once for all pages: reading its strings for every page was a tenth of building
    /// a topic page's values.
    private let format: NumberFormat
    var routes: Routes { site.routes }

    init(site: Site) {
        self.site = site
        format = NumberFormat(strings: site.theme.strings)
    }

    func context(for page: Route) -> PageContext {
        PageContext(site: site, page: page, format: format)
    }

    func render(template: String, page: Route, context: [String: Any]) -> OutputFile {
        let html = site.theme.templates.render(context, withTemplate: template) ?? ""
        return OutputFile(path: page.outputFile, text: html)
    }

    /// What the search index says of a content page besides its body.
    struct SearchFields {
        let kind: SearchEntry.Kind
        let title: String
        let summary: String
        var tags: [String] = []
        var rounds: [String] = []
    }

    /// Renders a content file's body and builds its page around it with `makeContext`.
    func renderContentPage(
        template: String, page: Route, contentPath: String, body: MarkdownSource, anchors: [HeadingAnchor],
        search: SearchFields, makeContext: (PageContext, RenderedBody) -> [String: Any]
    ) -> PageResult {
        let rendered = BodyRenderer(site: site).render(body, contentPath: contentPath, on: page, anchors: anchors)
        let context = makeContext(context(for: page), rendered)
        return PageResult(
            file: render(template: template, page: page, context: context),
            diagnostics: rendered.diagnostics,
            anchorChecks: rendered.anchorChecks,
            attachments: rendered.attachments,
            searchEntry: SearchEntry(
                path: page.path, kind: search.kind, title: search.title, summary: search.summary,
                headings: rendered.headings.map { SearchEntry.Heading(text: $0.text, id: $0.id) },
                tags: search.tags.map(PageContext.tagLabel),
                rounds: search.rounds, text: rendered.text)
        )
    }

    /// `toc` and `hasToc` for the toc partial.
    func addTableOfContents(_ headings: [Heading], to values: inout [String: Any]) {
        let entries = tableOfContents(headings)
        values["toc"] = entries
        values["hasToc"] = entries.count > 1
    }

    /// The table of contents: second- and third-level headings, nested.
    func tableOfContents(_ headings: [Heading]) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry: [String: Any] = ["text": heading.text, "id": heading.id, "level": heading.level]
            if heading.level == 3, let last = entries.last, last["level"] as? Int == 2, var parent = entries.popLast() {
                var children = parent["children"] as? [[String: Any]] ?? []
                children.append(entry)
                parent["children"] = children
                entries.append(parent)
            } else {
                entries.append(entry)
            }
        }
        return entries
    }

    func index(of section: SiteSection) -> PageResult {
        switch section {
        case .rounds: roundsIndex()
        case .topics: topicsIndex()
        case .process: processIndex()
        }
    }

    func notFound() -> PageResult {
        let page = routes.notFound
        let context = context(for: page)
        var values = context.base(
            title: context.strings.text("not_found.title"),
            description: context.strings.text("not_found.description"), section: "")
        // The page suggests the topic guides and the handbook, in one sentence, where the site has both.
        values["suggestsSections"] = site.has(.topics) && site.has(.process)
        return PageResult(file: render(template: "not-found", page: page, context: values))
    }
}

extension PageRenderer {
    /// The search page: a form its script brings to life, reading `search/index.json`.
    func search() -> PageResult {
        let page = routes.search
        let context = context(for: page)
        var values = context.base(
            title: context.strings.text("search.title"),
            description: context.strings.text("search.description", ["site": site.config.title]), section: "search")
        values["indexURL"] = context.url(routes.searchIndex)
        // The status strings' placeholders stay as written, for the script to fill in.
        values["count"] = "{count}"
        values["query"] = "{query}"
        values["sections"] = site.sections.map { section in
            ["title": context.strings.text(section.menuKey), "url": context.url(routes.index(of: section))]
        }
        return PageResult(file: render(template: "search", page: page, context: values))
    }
}
