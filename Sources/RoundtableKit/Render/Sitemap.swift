/// `sitemap.xml`: every page's absolute URL, for search engines.
enum Sitemap {
    static let path = "sitemap.xml"
    private static let special: Set<UInt8> = [UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'")]

    static func file(for site: Site) -> OutputFile {
        var paths = [""] + site.sections.map(\.path)
        paths += site.rounds.map { "rounds/\($0.id)/" }
        paths += site.topics.map { "topics/\($0.slug)/" }
        paths += site.chapters.map { "process/\($0.slug)/" }
        paths += site.pages.map { "\($0.slug)/" }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() {
            xml += "  <url><loc>\(escape(site.config.absoluteURL(path)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: path, text: xml)
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
