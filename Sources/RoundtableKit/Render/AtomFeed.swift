import ThemeTemplates

/// `feed.xml`: an Atom 1.0 feed (RFC 4287) of the newest topic releases and round
/// announcements, for feed readers. Each entry is dated from the content (a release by its date
/// in its round, a round by the day its applications open, else the day it starts); entries
/// without a known date are left out, and nothing depends on the clock.
enum AtomFeed {
    /// Feed readers fetch the feed often: the newest entries only, as Jekyll's feed does.
    static let entryLimit = 50

    struct FeedEntry {
        let id: String
        let title: String
        let date: CalendarDate
        let url: String
        let summary: String
        let category: String
    }

    static func entries(for site: Site) -> [FeedEntry] {
        let routes = site.routes
        let strings = site.theme.strings
        var entries: [FeedEntry] = []
        for release in site.releases {
            guard let date = release.date.value else { continue }
            let topic = site.topic(release.topic)
            let title = strings.text(
                "feed.release",
                ["round": release.roundName, "week": String(release.week), "topic": topic?.title ?? release.topic])
            entries.append(
                FeedEntry(
                    id: tag(site, date, routes.round(release.roundID).path + "week-\(release.week)/" + release.topic),
                    title: title, date: date, url: routes.canonicalURL(of: routes.topic(release.topic)),
                    summary: topic?.summary ?? "", category: "topic"))
        }
        for round in site.rounds {
            guard let date = round.applicationsOpen.value ?? round.start.value else { continue }
            let route = routes.round(round.id)
            entries.append(
                FeedEntry(
                    id: tag(site, date, route.path), title: round.name, date: date, url: routes.canonicalURL(of: route),
                    summary: strings.text("rounds.round_description", ["round": round.name]), category: "round"))
        }
        // Newest first; on the same day a round before its guides, then by address.
        entries.sort { ($1.date, $0.category, $0.id) < ($0.date, $1.category, $1.id) }
        return Array(entries.prefix(entryLimit))
    }

    static func file(for site: Site) -> OutputFile {
        let routes = site.routes
        let entries = entries(for: site)
        let title = escaped(site.config.title)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escaped(site.config.language))">
              <title>\(title)</title>

            """
        if !site.config.description.isEmpty { xml += "  <subtitle>\(escaped(site.config.description))</subtitle>\n" }
        xml += """
              <id>\(escaped(routes.canonicalURL(of: routes.home)))</id>
              <link rel="self" type="application/atom+xml" href="\(escaped(routes.canonicalURL(of: routes.feed)))"/>
              <link rel="alternate" type="text/html" href="\(escaped(routes.canonicalURL(of: routes.home)))"/>
              <updated>\(timestamp(entries.first?.date))</updated>
              <author><name>\(title)</name></author>
              <generator>Roundtable</generator>

            """
        for entry in entries {
            xml += """
                  <entry>
                    <id>\(escaped(entry.id))</id>
                    <title>\(escaped(entry.title))</title>
                    <link rel="alternate" type="text/html" href="\(escaped(entry.url))"/>
                    <updated>\(timestamp(entry.date))</updated>
                    <category term="\(entry.category)"/>
                    <summary>\(escaped(entry.summary))</summary>
                  </entry>

                """
        }
        xml += "</feed>\n"
        return OutputFile(path: routes.feed.outputFile, text: xml)
    }

    /// A tag URI (RFC 4151): `tag:example.org,2015-03-15:/iln/rounds/2015A/`, the same on every
    /// build and unique to the site, the day and the address.
    private static func tag(_ site: Site, _ date: CalendarDate, _ path: String) -> String {
        let baseURL = site.routes.baseURL
        return "tag:\(baseURL.host),\(date.iso):\(baseURL.path)\(path)"
    }

    /// Midnight UTC of the day; for a feed without entries, the Unix epoch, which is as
    /// deterministic as the rest.
    private static func timestamp(_ date: CalendarDate?) -> String {
        (date?.iso ?? "1970-01-01") + "T00:00:00Z"
    }

    /// The same five entities as in HTML, which XML reads alike.
    private static func escaped(_ text: String) -> String { HTMLText.escaped(text) }
}
