import ThemeTemplates

/// `sitemap.xml`: every page's absolute URL, for search engines.
enum Sitemap {
    static func file(for site: Site) -> OutputFile {
        let routes = site.routes
        var pages = [routes.home] + site.sections.map(routes.index(of:))
        pages += site.rounds.map { routes.round($0.id) }
        pages += site.topics.map { routes.topic($0.slug) }
        pages += site.parts.map(routes.part) + site.chapters.map { routes.chapter($0) }
        pages += site.pages.map { routes.page($0.slug) }
        // The day a guide or chapter says it was last updated; other pages say none.
        var updated: [Route: CalendarDate] = [:]
        for topic in site.topics { updated[routes.topic(topic.slug)] = topic.updated }
        for chapter in site.chapters { updated[routes.chapter(chapter)] = chapter.updated }
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            let lastModified = updated[page].map { "<lastmod>\($0.iso)</lastmod>" } ?? ""
            xml += "  <url><loc>\(escape(routes.canonicalURL(of: page)))</loc>\(lastModified)</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: routes.sitemap.outputFile, text: xml)
    }

    /// `robots.txt`: everything may be crawled, and the sitemap is here. Crawlers read it only
    /// at a host's root, so it counts where the site is published at one.
    static func robotsFile(for site: Site) -> OutputFile {
        let routes = site.routes
        return OutputFile(
            path: routes.robots.outputFile,
            text: "User-agent: *\nAllow: /\n\nSitemap: \(routes.canonicalURL(of: routes.sitemap))\n")
    }

    /// The same five entities as in HTML, which XML reads alike.
    private static func escape(_ text: String) -> String { HTMLText.escaped(text) }
}
