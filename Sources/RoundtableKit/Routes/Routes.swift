/// Every URL of the site and every page's output file: the only place that knows their shapes.
/// As in Zola and Hugo, a page's kind and slug go in and a path below the base URL comes out;
/// relative links, absolute URLs and the file written all follow from that path.
///
/// A new shape is a change here alone:
/// - a language prefix: give `Routes` the language and start each path with it (`fr/topics/x/`);
///   links, output files and the sitemap follow, since every one of them comes from a `Route`.
/// - a file of its own: a method such as `feed` → `Route("feed.xml")`, listed in `reserved`,
///   and a page job that renders it.
public struct Routes: Sendable {
    public let baseURL: BaseURL
    /// `topics/library-spaces.md` → `topics/library-spaces/`: each content file the site builds a page from.
    private let contentRoutes: [String: Route]

    init(baseURL: BaseURL, contentRoutes: [String: Route] = [:]) {
        self.baseURL = baseURL
        self.contentRoutes = contentRoutes
    }

    public var home: Route { Route("") }
    public var roundsIndex: Route { Route("rounds/") }
    public func round(_ id: String) -> Route { Route("rounds/\(id)/") }
    /// The round's dates as iCalendar, for participants' calendars.
    public func calendar(_ roundID: String) -> Route { Route("rounds/\(roundID)/calendar.ics") }
    /// A round's dates and all its guides on one page, to print.
    public func pack(_ roundID: String) -> Route { Route("rounds/\(roundID)/pack/") }
    public var topicsIndex: Route { Route("topics/") }
    public func topic(_ slug: String) -> Route { Route("topics/\(slug)/") }
    public var handbook: Route { Route("process/") }
    /// `process/<slug>/`, or `process/<part>/<slug>/` for a chapter in a part.
    public func chapter(_ chapter: Chapter) -> Route {
        Route("process/" + (chapter.part.map { $0 + "/" } ?? "") + chapter.slug + "/")
    }
    /// A part's own page, listing its chapters: `process/<part>/`.
    public func part(_ part: HandbookPart) -> Route { Route("process/\(part.slug)/") }
    /// The whole handbook on one page, to print.
    public var printedHandbook: Route { Route("process/print/") }
    public func page(_ slug: String) -> Route { Route("\(slug)/") }
    public var notFound: Route { Route("404.html") }
    /// A page's old address (`aliases:`), where a redirect page stands.
    public func alias(_ path: String) -> Route { Route(path) }
    public var sitemap: Route { Route("sitemap.xml") }
    /// The Atom feed of topic releases and rounds.
    public var feed: Route { Route("feed.xml") }
    public var robots: Route { Route("robots.txt") }
    /// The search page and the index its script reads.
    public var search: Route { Route("search/") }
    public var searchIndex: Route { Route(Self.searchIndexPath) }
    /// Where the search index is, whatever the site: a rebuild reads the last build's there.
    package static let searchIndexPath = "search/index.json"
    /// A file beside the content (`images/desk.png`) is published at its path inside content/.
    public func attachment(_ path: String) -> Route { Route(path) }
    /// The folder of the theme's assets.
    public var assets: Route { Route("assets/") }
    public func asset(_ path: String) -> Route { Route("assets/" + path) }

    func index(of section: SiteSection) -> Route {
        switch section {
        case .rounds: roundsIndex
        case .topics: topicsIndex
        case .process: handbook
        }
    }

    /// Addresses that no content file may take, and what holds them.
    var reserved: [Route: String] {
        [
            home: "the home page", roundsIndex: "the rounds index", topicsIndex: "the topic index",
            handbook: "the process handbook index", notFound: "the not-found page", assets: "the theme's assets",
            sitemap: "the sitemap", feed: "the feed", robots: "robots.txt", search: "the search page",
            searchIndex: "the search index", printedHandbook: "the printable handbook",
        ]
    }

    /// The same routes, knowing which content file each page is built from.
    func with(contentRoutes: [String: Route]) -> Routes {
        Routes(baseURL: baseURL, contentRoutes: contentRoutes)
    }

    /// The page built from a content file (`topics/x.md`, `rounds/2015A.yaml`); nil if there is none.
    public func route(forContent path: String) -> Route? {
        contentRoutes[path]
    }

    var contentPaths: Dictionary<String, Route>.Keys { contentRoutes.keys }

    // MARK: - URLs

    /// The absolute URL, for canonical links and the sitemap; the 404 page, which has no address
    /// of its own, gives the home page's.
    public func canonicalURL(of route: Route) -> String {
        baseURL.text + (route == notFound ? home : route).path
    }

    /// A URL from `page` to `target`: relative, except from the 404 page, which is served at whatever
    /// address was missing and so starts from the base URL's path.
    public func url(to target: Route, from page: Route) -> String {
        page == notFound ? baseURL.path + target.path : page.relativeURL(to: target)
    }

    /// The site root as seen from `page`: `../../`, `./`, or the base URL's path from the 404 page.
    public func root(from page: Route) -> String {
        page == notFound ? baseURL.path : page.rootPrefix
    }
}
