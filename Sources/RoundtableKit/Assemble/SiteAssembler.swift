import Markdown

/// The assemble stage: orders content, gives every page its URL, links schedules to topics and
/// reports what does not fit together (unknown topics, two files with one URL, bad slugs). The
/// site is assembled even then, without what does not fit, so that the render stage can still
/// check every page's links; only a site without errors is published.
public enum SiteAssembler {
    /// Drafts are left out unless `includeDrafts`. A guide or chapter without `updated:` takes
    /// its file's day in `commitDays`, if it has one.
    package static func assemble(
        _ sources: SourceSet, baseURL: String? = nil, includeDrafts: Bool = false,
        commitDays: [String: CalendarDate] = [:]
    ) -> (Site?, [Diagnostic]) {
        var config = sources.config
        if let baseURL {
            guard let checked = BaseURL(baseURL) else {
                return (
                    nil,
                    [
                        .error(
                            "the base URL '\(baseURL)' must be an absolute http(s) URL such as "
                                + "https://example.org/network/"
                        )
                    ]
                )
            }
            config.baseURL = checked
        }
        var diagnostics: [Diagnostic] = []

        let rounds = sources.rounds.sorted(by: roundOrder)
        // Guides with an order first, then by title. Each title lower-cased once, not once per
        // comparison; indices are sorted, so that each topic is copied once.
        let publishedTopics = includeDrafts ? sources.topics : sources.topics.filter { !$0.draft }
        let titleKeys = publishedTopics.map { $0.title.lowercased() }
        var topics = publishedTopics.indices
            .sorted { first, second in
                let (a, b) = (publishedTopics[first], publishedTopics[second])
                return (a.order ?? Int.max, titleKeys[first], a.slug) < (b.order ?? Int.max, titleKeys[second], b.slug)
            }
            .map { publishedTopics[$0] }
        let publishedChapters = sources.chapters.filter { includeDrafts || !$0.draft }
        let parts = Self.handbookParts(of: publishedChapters, declared: sources.parts)
        let partRank = Dictionary(uniqueKeysWithValues: parts.enumerated().map { ($1.folder, $0) })
        // Chapters outside parts first, then each part's, each by order and slug.
        var chapters = publishedChapters.sorted {
            let (a, b) = ($0.partFolder.flatMap { partRank[$0] } ?? -1, $1.partFolder.flatMap { partRank[$0] } ?? -1)
            return (a, $0.order ?? Int.max, $0.slug) < (b, $1.order ?? Int.max, $1.slug)
        }
        if !commitDays.isEmpty {
            for index in topics.indices where topics[index].updated == nil {
                topics[index].updated = commitDays[topics[index].contentPath]
            }
            for index in chapters.indices where chapters[index].updated == nil {
                chapters[index].updated = commitDays[chapters[index].contentPath]
            }
        }
        let pages = sources.pages.filter { includeDrafts || !$0.draft }
            .sorted { ($0.menu ?? Int.max, $0.title) < ($1.menu ?? Int.max, $1.title) }

        let routes = Routes(baseURL: config.baseURL)
        var registry = RouteRegistry(reserving: routes.reserved)
        for round in rounds {
            checkSlug(round.id, kind: "round id", file: round.file, into: &diagnostics)
            registry.claim(
                routes.round(round.id), contentPath: round.contentPath, file: round.file,
                into: &diagnostics)
        }
        for topic in topics {
            checkSlug(topic.slug, kind: "topic file name", file: topic.body.file, into: &diagnostics)
            registry.claim(
                routes.topic(topic.slug), contentPath: topic.contentPath, file: topic.body.file,
                into: &diagnostics)
        }
        var partFolders: [String: String] = [:]
        let firstChapters = Dictionary(
            chapters.compactMap { chapter in chapter.partFolder.map { ($0, chapter) } }, uniquingKeysWith: { a, _ in a }
        )
        for part in parts {
            guard let file = firstChapters[part.folder]?.body.file else { continue }
            checkSlug(part.slug, kind: "part folder name", file: file, into: &diagnostics)
            registry.claim(
                routes.part(part), contentPath: part.contentPath ?? "process/\(part.folder)/", file: file,
                into: &diagnostics)
            if let other = partFolders.updateValue(part.folder, forKey: part.slug) {
                diagnostics.append(
                    file.error(
                        "the handbook's parts process/\(other)/ and process/\(part.folder)/ would both be published "
                            + "at process/\(part.slug)/: rename one of the folders", line: 1))
            }
        }
        for chapter in chapters {
            checkSlug(chapter.slug, kind: "chapter file name", file: chapter.body.file, into: &diagnostics)
            registry.claim(
                routes.chapter(chapter), contentPath: chapter.contentPath, file: chapter.body.file,
                into: &diagnostics)
        }
        for page in pages {
            checkSlug(page.slug, kind: "page file name", file: page.body.file, into: &diagnostics)
            registry.claim(
                routes.page(page.slug), contentPath: page.contentPath, file: page.body.file,
                into: &diagnostics)
        }

        // After every page's own address, so that an alias can never take one.
        var redirects: [Redirect] = []
        let aliased: [(aliases: [Alias], route: Route, title: String)] =
            topics.map { ($0.aliases, routes.topic($0.slug), $0.title) }
            + chapters.map { ($0.aliases, routes.chapter($0), $0.title) }
            + pages.map { ($0.aliases, routes.page($0.slug), $0.title) }
        for (aliases, target, title) in aliased {
            for alias in aliases {
                let from = routes.alias(alias.path)
                if registry.claim(from, redirectingTo: target, written: alias, into: &diagnostics) {
                    redirects.append(Redirect(from: from, to: target, title: title))
                }
            }
        }

        let topicIndex = Dictionary(topics.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let draftSlugs = Set(sources.topics.filter(\.draft).map(\.slug))
        var releases: [TopicRelease] = []
        let unread = sources.unreadContentPaths
        for round in rounds {
            for entry in round.schedule where !unread.contains("topics/\(entry.topic).md") {
                if topicIndex[entry.topic] == nil, draftSlugs.contains(entry.topic) {
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            "round \(round.id) schedules topic '\(entry.topic)', but content/topics/\(entry.topic).md "
                                + "is a draft (draft: true), which is not published",
                            at: entry.location, sourceLine: entry.sourceLine,
                            note: "to publish it, remove 'draft: true' from its front matter; to preview the site "
                                + "with it, build with --drafts"
                        ))
                    continue
                }
                guard topicIndex[entry.topic] != nil else {
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            "round \(round.id) schedules topic '\(entry.topic)', but "
                                + "content/topics/\(entry.topic).md does not exist",
                            at: entry.location, sourceLine: entry.sourceLine,
                            note: Suggestion.note(for: entry.topic, in: topicIndex.keys)
                        ))
                    continue
                }
                let date = round.start.value.map { Known.known($0.adding(days: 7 * (entry.week - 1))) } ?? .unknown
                releases.append(
                    TopicRelease(
                        roundID: round.id, roundName: round.name, week: entry.week, date: date, topic: entry.topic))
            }
        }
        let roundsByID = Dictionary(rounds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A pair file is published only if it fits its round; one whose round file could not be
        // read is neither checked nor published.
        var releasable: [PairFile] = []
        for file in sources.pairFiles where !unread.contains("rounds/\(file.roundID).yaml") {
            let problems = PairFileCheck.check(file, rounds: roundsByID)
            diagnostics += problems
            if !problems.contains(where: { $0.severity == .error }) { releasable.append(file) }
        }
        let conflicts = copiedFileConflicts(
            sources, routes: routes, generatedPages: Array(registry.routesByContentPath.values) + redirects.map(\.from))
        diagnostics += conflicts.map(\.diagnostic)

        let threshold = config.disclosureThreshold
        let published = Parallel.blockingMap(releasable) { file in
            PairStatisticsRelease.make(
                file, round: roundsByID[file.roundID]!, threshold: threshold,
                earlier: sources.ledger.releases[file.roundID] ?? [])
        }
        var ledger = sources.ledger
        for release in published {
            if let recorded = release.recorded { ledger.record(recorded, for: release.roundID) }
        }
        let statistics = Dictionary(
            uniqueKeysWithValues: published.compactMap { release in release.statistics.map { (release.roundID, $0) } })
        let notShown = Dictionary(
            uniqueKeysWithValues: published.compactMap { release in release.notShown.map { (release.roundID, $0) } })
        let warnings = published.flatMap(\.diagnostics).filter { $0.severity == .warning }
        diagnostics += published.flatMap(\.diagnostics).filter { $0.severity == .error }
        let releasesByTopic = Dictionary(grouping: releases, by: \.topic)
        var topicsByTag: [String: [Topic]] = [:]
        for topic in topics {
            for tag in Set(topic.tags) { topicsByTag[tag, default: []].append(topic) }
        }
        let tagGroups = topicsByTag.keys.sorted().map { (tag: $0, topics: topicsByTag[$0]!) }
        let siteRoutes = routes.with(contentRoutes: registry.routesByContentPath)
        let conflicting = Set(conflicts.map(\.file))
        let staticFiles = sources.staticFiles.filter { !conflicting.contains(.inStatic($0.path)) }
        let attachments = sources.attachments.filter { !conflicting.contains(.attachment($0.path)) }
        let site = Site(
            config: config, rounds: rounds, topics: topics, chapters: chapters, parts: parts,
            chapterPlaces: Self.places(of: chapters, in: parts), pages: pages,
            redirects: redirects,
            releases: releases, releasesByTopic: releasesByTopic,
            releasesByRound: Dictionary(grouping: releases, by: \.roundID), tagGroups: tagGroups,
            statistics: statistics, statisticsNotShown: notShown,
            routes: siteRoutes,
            links: LinkResolver(
                routes: siteRoutes,
                otherFiles: sources.theme.assets.map { siteRoutes.asset($0.path).outputFile },
                staticFiles: staticFiles.map(\.path), attachments: attachments.map(\.path),
                drafts: includeDrafts ? [] : sources.draftContentPaths, unread: unread), theme: sources.theme,
            staticFiles: staticFiles, attachments: attachments, topicIndex: topicIndex, warnings: warnings,
            ledger: ledger, ledgerChanged: ledger != sources.ledger
        )
        return (site, diagnostics)
    }

    /// The parts that hold a published chapter, in order: by `order` (a `_part.yaml`'s, else the
    /// folder's number), then slug.
    private static func handbookParts(of chapters: [Chapter], declared: [HandbookPart]) -> [HandbookPart] {
        let byFolder = Dictionary(declared.map { ($0.folder, $0) }, uniquingKeysWith: { first, _ in first })
        let folders = Set(chapters.compactMap(\.partFolder))
        return folders.map { byFolder[$0] ?? HandbookPart(folder: $0) }
            .sorted { ($0.order ?? Int.max, $0.slug, $0.folder) < ($1.order ?? Int.max, $1.slug, $1.folder) }
    }

    /// Each chapter's part and number within it, chapters being in handbook order.
    private static func places(of chapters: [Chapter], in parts: [HandbookPart]) -> [(
        part: HandbookPart?, number: Int
    )] {
        let byFolder = Dictionary(uniqueKeysWithValues: parts.map { ($0.folder, $0) })
        var places: [(part: HandbookPart?, number: Int)] = []
        for (index, chapter) in chapters.enumerated() {
            let continues = index > 0 && chapters[index - 1].partFolder == chapter.partFolder
            places.append((chapter.partFolder.flatMap { byFolder[$0] }, continues ? places[index - 1].number + 1 : 1))
        }
        return places
    }

    /// Oldest first: by `order` where given, then start date, then id.
    private static func roundOrder(_ a: Round, _ b: Round) -> Bool {
        let farFuture = CalendarDate(year: 9999, month: 12, day: 31)!
        return (a.order ?? Int.max, a.start.value ?? farFuture, a.id) < (
            b.order ?? Int.max, b.start.value ?? farFuture, b.id
        )
    }

    /// Slugs become folder names and URLs: keep them to lower-case letters, digits, `-` and `_`
    /// (round ids may use capitals, as in 2016A).
    private static func checkSlug(_ slug: String, kind: String, file: SourceText, into diagnostics: inout [Diagnostic])
    {
        let allowed = slug.unicodeScalars.allSatisfy { scalar in
            if scalar.isASCII {
                switch UInt8(scalar.value) {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                    UInt8(ascii: "_"):
                    return true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): return kind == "round id"
                default: return false
                }
            }
            return scalar.properties.isAlphabetic
        }
        if !allowed || slug.isEmpty || slug.hasPrefix("-") {
            let suggestion = Slug.make(slug)
            diagnostics.append(
                .error(
                    "\(kind) '\(slug)' cannot be used in a URL: use lower-case letters, digits and hyphens",
                    at: file.location(line: 1), in: file,
                    note: suggestion.isEmpty ? nil : "rename it to '\(suggestion)'"
                ))
        }
    }
}
