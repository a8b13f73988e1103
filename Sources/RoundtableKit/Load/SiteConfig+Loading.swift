import Markdown

extension SiteConfig {
    static func load(_ source: SourceText) -> (SiteConfig?, [Diagnostic]) {
        let context = YAMLContext(source: source, lineOffset: 0)
        let (node, parseErrors) = context.parse(source.text)
        guard let node else {
            if parseErrors.isEmpty {
                return (
                    nil,
                    [
                        source.error(
                            "site.yaml is empty: it needs at least title, base_url, description and language", line: 1)
                    ]
                )
            }
            return (nil, parseErrors)
        }
        var reader = MappingReader(node, context: context, subject: "site.yaml", allowedKeys: allowedKeys)
        let title = reader.string("title", required: true)
        let baseURLText = reader.string("base_url", required: true)
        let baseURL = baseURLText.flatMap(BaseURL.init)
        if baseURLText != nil, baseURL == nil, let value = reader.valueNode("base_url") {
            reader.report("'base_url' must be an absolute http(s) URL such as https://example.org/network/", at: value)
        }
        let description = reader.string("description", required: true)
        let language = reader.string("language", required: true)
        if let language, let value = reader.valueNode("language"), !Self.isLanguageTag(language) {
            reader.report("'language' must be a BCP 47 language tag such as en or pt-BR", at: value)
        }
        let licence = Licence.read(from: &reader)
        let editLink = EditLink.read(from: &reader)
        let intro = reader.markdown("intro", required: false)
        let handbookIntro = reader.string("handbook_intro", required: false)
        let topicsIntro = reader.string("topics_intro", required: false)
        var strings: [StringEntry] = []
        if let node = reader.valueNode("strings"), reader.has("strings") {
            let (entries, problems) = StringEntry.entries(in: node, context: context, subject: "site.yaml's strings")
            strings = entries
            problems.forEach { reader.report($0) }
        }
        let theme = reader.string("theme", required: false) ?? "default"
        var markdown = MarkdownOptions()
        if var options = reader.nestedMapping(
            "markdown", subject: "markdown options", allowedKeys: ["raw_html", "smart_punctuation"], required: false)
        {
            markdown.allowRawHTML = options.bool("raw_html") ?? false
            markdown.smartPunctuation = options.bool("smart_punctuation") ?? false
            reader.absorb(options)
        }
        var threshold = defaultDisclosureThreshold
        if var privacy = reader.nestedMapping(
            "privacy", subject: "privacy settings", allowedKeys: ["threshold"], required: false)
        {
            threshold = privacy.integer("threshold", required: false, in: 3...100) ?? threshold
            reader.absorb(privacy)
        }
        let topicsIndex = reader.choice("topics_index", choices: ["by_tag", "in_order"])
        guard let title, let baseURL, let description, let language, reader.diagnostics.isEmpty else {
            return (nil, reader.diagnostics)
        }
        var config = SiteConfig(
            title: title, baseURL: baseURL, description: description, language: language,
            licence: licence, editLink: editLink, intro: intro, handbookIntro: handbookIntro, topicsIntro: topicsIntro,
            strings: strings, theme: theme, markdown: markdown,
            disclosureThreshold: threshold
        )
        config.listsTopicsInOrder = topicsIndex == "in_order"
        return (config, [])
    }

    /// http:// or https:// and no white space: what may go into an href.
    static func isWebURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://")) && !url.contains { $0.isWhitespace }
    }

    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
