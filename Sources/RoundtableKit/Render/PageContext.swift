import Foundation

/// The values every template sees: the site, the page, the navigation. Templates get plain
/// dictionaries: swift-mustache reads them faster than structs by reflection.
struct PageContext {
    let site: Site
    let page: Route
    let format: NumberFormat

    init(site: Site, page: Route, format: NumberFormat) {
        self.site = site
        self.page = page
        self.format = format
    }

    var strings: ThemeStrings { site.theme.strings }
    var routes: Routes { site.routes }

    func base(title: String, description: String, section current: String) -> [String: Any] {
        let isHome = page == routes.home
        let root = routes.root(from: page)
        var navigation: [[String: Any]] = site.sections.map { section in
            [
                "title": strings.text(section.menuKey), "url": url(routes.index(of: section)),
                "current": section.rawValue == current,
            ]
        }
        for menuPage in site.pages where menuPage.menu != nil {
            let route = routes.page(menuPage.slug)
            navigation.append(["title": menuPage.title, "url": url(route), "current": page == route])
        }
        if site.isSearchable {
            navigation.append([
                "title": strings.text("menu.search"), "url": url(routes.search), "current": page == routes.search,
            ])
        }
        return [
            "lang": site.config.language,
            "root": root,
            "homeURL": url(routes.home),
            "assets": root + routes.assets.path,
            "site": siteValues,
            "title": title,
            "documentTitle": isHome
                ? site.config.title : strings.text("site.document_title", ["page": title, "site": site.config.title]),
            "description": description,
            "canonical": routes.canonicalURL(of: page),
            "feedURL": url(routes.feed),
            "section": current,
            "navigation": navigation,
            "footerPages": site.pages.map { ["title": $0.title, "url": url(routes.page($0.slug))] },
        ]
    }

    /// A URL from this page to `target`: relative, except on the 404 page.
    func url(_ target: Route) -> String {
        routes.url(to: target, from: page)
    }

    func editURL(for contentPath: String) -> String? {
        site.config.editLink?.url(for: contentPath)
    }

    /// The licence sentence's values: the licence's name and deed, the sentence stating its terms
    /// when Roundtable knows them, and whether it is a chapter's own rather than the site's.
    private var siteValues: [String: Any] {
        var values: [String: Any] = ["title": site.config.title, "description": site.config.description]
        if let licence = licence(site.config.licence) { values["licence"] = licence }
        return values
    }

    func licence(_ licence: Licence?, ownedByChapter: Bool = false) -> [String: Any]? {
        guard let licence else { return nil }
        var values: [String: Any] = ["name": licence.name, "url": licence.url]
        if let terms = licence.terms { values["terms"] = strings.text(terms.stringKey) }
        if ownedByChapter { values["chapterOwn"] = true }
        return values
    }

    func roundSummary(_ round: Round) -> [String: Any] {
        var summary: [String: Any] = [
            "id": round.id,
            "name": round.name,
            "url": url(routes.round(round.id)),
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
            "isBeforeItsRun": round.isBeforeItsRun,
        ]
        if round.isBeforeItsRun, let applyURL = round.applyURL { summary["applyURL"] = applyURL }
        return summary
    }

    func topicSummary(_ topic: Topic) -> [String: Any] {
        let rounds = (site.releasesByTopic[topic.slug] ?? []).map { release in
            ["name": release.roundName, "id": release.roundID, "url": url(routes.round(release.roundID))]
        }
        return [
            "slug": topic.slug,
            "title": topic.title,
            "summary": topic.summary,
            "url": url(routes.topic(topic.slug)),
            "tags": topic.tags.map { tag in
                ["name": tag, "label": Self.tagLabel(tag), "url": url(routes.topicsIndex) + "#tag-\(tag)"]
            },
            "rounds": rounds,
            "hasRounds": !rounds.isEmpty,
            "draft": topic.draft,
        ]
    }

    /// `getting-started` → `Getting started`.
    static func tagLabel(_ tag: String) -> String {
        let words = String(
            decoding: tag.utf8.map { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 },
            as: UTF8.self)
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
