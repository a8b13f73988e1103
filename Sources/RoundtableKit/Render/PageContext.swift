import Foundation

/// The values every template sees: the site, the page, the navigation. Templates get plain
/// dictionaries: swift-mustache reads them faster than structs by reflection.
struct PageContext {
    let site: Site
    let page: Route
    let format: NumberFormat

    init(site: Site, page: Route) {
        self.site = site
        self.page = page
        format = NumberFormat(strings: site.theme.strings)
    }

    var strings: ThemeStrings { site.theme.strings }

    /// The 404 page is served at whatever address was missing, so its links cannot be relative:
    /// they start from the base URL's path instead.
    private var linksFromBasePath: Bool { page == .notFound }

    private var root: String { linksFromBasePath ? site.config.basePath : page.rootPrefix }

    func base(title: String, description: String, section current: String) -> [String: Any] {
        let isHome = page == .home
        var navigation: [[String: Any]] = site.sections.map { section in
            ["title": strings.text(section.menuKey), "url": url(section.path), "current": section.rawValue == current]
        }
        for menuPage in site.pages where menuPage.menu != nil {
            navigation.append(["title": menuPage.title, "url": url("\(menuPage.slug)/"), "current": page.path == "\(menuPage.slug)/"])
        }
        return [
            "lang": site.config.language,
            "root": root,
            "homeURL": url(""),
            "assets": root + "assets/",
            "site": [
                "title": site.config.title,
                "description": site.config.description,
                "licence": ["name": site.config.licence.name, "url": site.config.licence.url],
            ],
            "title": title,
            "documentTitle": isHome
                ? site.config.title : strings.text("site.document_title", ["page": title, "site": site.config.title]),
            "description": description,
            "canonical": site.config.absoluteURL(linksFromBasePath ? "" : page.path),
            "section": current,
            "navigation": navigation,
            "footerPages": site.pages.map { ["title": $0.title, "url": url("\($0.slug)/")] },
        ]
    }

    /// A URL from this page to the page at `path`: relative, except on the 404 page.
    func url(_ path: String) -> String {
        linksFromBasePath ? site.config.basePath + path : page.relativeURL(to: Route(path))
    }

    func editURL(for contentPath: String) -> String? {
        site.config.editURL?.replacingOccurrences(of: "{path}", with: contentPath)
    }

    func roundSummary(_ round: Round) -> [String: Any] {
        [
            "id": round.id,
            "name": round.name,
            "url": url("rounds/\(round.id)/"),
            "status": round.status.rawValue,
            "statusLabel": strings.text("status." + round.status.rawValue),
            "isCurrent": round.status.isCurrent,
            "applicationsOpen": format.date(round.applicationsOpen),
            "applicationsClose": format.date(round.applicationsClose),
            "start": format.date(round.start),
            "end": format.date(round.end),
            "participants": format.figure(round.participants),
            "participantsKnown": round.participants.value != nil,
            "countries": format.figure(round.countries),
            "pairs": format.figure(round.pairs),
            "topicCount": round.schedule.count,
        ]
    }

    func topicSummary(_ topic: Topic) -> [String: Any] {
        let rounds = (site.releasesByTopic[topic.slug] ?? []).map { release in
            ["name": release.roundName, "id": release.roundID, "url": url("rounds/\(release.roundID)/")]
        }
        return [
            "slug": topic.slug,
            "title": topic.title,
            "summary": topic.summary,
            "url": url("topics/\(topic.slug)/"),
            "tags": topic.tags.map { ["name": $0, "label": Self.tagLabel($0), "url": url("topics/") + "#tag-\($0)"] },
            "rounds": rounds,
            "hasRounds": !rounds.isEmpty,
            "draft": topic.draft,
        ]
    }

    /// `getting-started` → `Getting started`.
    static func tagLabel(_ tag: String) -> String {
        let words = String(decoding: tag.utf8.map { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    func neighbours<T>(_ items: [T], at index: Int, describe: (T) -> [String: Any]) -> [String: Any] {
        var context: [String: Any] = [:]
        if index > 0 { context["previous"] = describe(items[index - 1]) }
        if index + 1 < items.count { context["next"] = describe(items[index + 1]) }
        context["hasNeighbours"] = !context.isEmpty
        return context
    }
}

extension Dictionary where Key == String, Value == Any {
    func merging(_ other: [String: Any]) -> [String: Any] {
        merging(other) { _, new in new }
    }
}
