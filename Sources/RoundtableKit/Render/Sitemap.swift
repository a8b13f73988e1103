/// `sitemap.xml`: every page's absolute URL, for search engines.
enum Sitemap {
    private static let special: Set<UInt8> = [
        UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"),
    ]

    static func file(for site: Site) -> OutputFile {
        let routes = site.routes
        var pages = [routes.home] + site.sections.map(routes.index(of:))
        pages += site.rounds.map { routes.round($0.id) }
        pages += site.topics.map { routes.topic($0.slug) }
        pages += site.chapters.map { routes.chapter($0.slug) }
        pages += site.pages.map { routes.page($0.slug) }
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            xml += "  <url><loc>\(escape(routes.canonicalURL(of: page)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: routes.sitemap.outputFile, text: xml)
    }

    private static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: special.contains) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
