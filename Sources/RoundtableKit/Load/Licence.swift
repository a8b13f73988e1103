/// The licence a site (`licence:` in site.yaml) or a single page (the same key in its front
/// matter) is published under. Nothing is claimed when neither names one.
public struct Licence: Sendable, Equatable {
    public let name: String
    public let url: String
    /// Nil for a licence Roundtable does not know: the page then names it without stating terms.
    let terms: LicenceTerms?

    static let allowedKeys = ["name", "url"]

    /// Reads `licence: {name, url}`; a name and a Creative Commons URL that describe different
    /// licences are an error, since one of them is wrong and the page would claim both.
    static func read(from reader: inout MappingReader) -> Licence? {
        guard
            var fields = reader.nestedMapping("licence", subject: "licence", allowedKeys: allowedKeys, required: false)
        else { return nil }
        defer { reader.absorb(fields) }
        guard let name = fields.string("name", required: true), let url = fields.string("url", required: true)
        else { return nil }
        guard SiteConfig.isWebURL(url) else {
            if let value = fields.valueNode("url") {
                fields.report("the licence 'url' must be an http(s) URL", at: value)
            }
            return nil
        }
        let named = LicenceTerms(name: name)
        let linked = LicenceTerms(url: url)
        if let named, let linked, !named.agrees(with: linked), let value = fields.valueNode("url") {
            fields.report(
                "the licence is named \(named.shortName) but its 'url' is the deed of \(linked.shortName)", at: value)
            return nil
        }
        return Licence(name: name, url: url, terms: linked ?? named)
    }
}
