extension PageRenderer {
    func home() -> PageResult {
        let page = Permalink.home
        let context = PageContext(site: site, page: page)
        var values = context.base(title: site.config.title, description: site.config.description, section: "home")
        var result = PageResult()
        if let intro = site.config.intro {
            let rendered = BodyRenderer(site: site).render(intro, contentPath: "site.yaml", on: page)
            values["intro"] = rendered.html
            result.diagnostics += rendered.diagnostics
            result.anchorChecks += rendered.anchorChecks
        }
        if let round = site.featuredRound {
            var featured = context.roundSummary(round)
            featured["heading"] = round.status.isCurrent ? "Current round" : round.status == .upcoming ? "Next round" : "Latest round"
            values["featuredRound"] = featured
        }
        values["figures"] = headlineFigures()
        values["latestTopics"] = latestTopics().map(context.topicSummary)
        result.file = render(template: "home", page: page, context: values)
        return result
    }

    /// Rounds, participations and countries, honest about rounds whose figures are unknown.
    private func headlineFigures() -> [[String: Any]] {
        let withParticipants = site.rounds.compactMap(\.participants.value)
        let withCountries = site.rounds.compactMap(\.countries.value)
        var figures: [[String: Any]] = [["value": NumberFormat.grouped(site.rounds.count), "label": site.rounds.count == 1 ? "round" : "rounds"]]
        if !withParticipants.isEmpty {
            let sum = NumberFormat.grouped(withParticipants.reduce(0, +))
            let label = withParticipants.count == site.rounds.count
                ? "participations"
                : "participations in the \(withParticipants.count) rounds with published figures"
            figures.append(["value": sum, "label": label])
        }
        if let most = withCountries.max() {
            figures.append(["value": NumberFormat.grouped(most), "label": "countries in the largest round"])
        }
        return figures
    }

    /// The guides released most recently (by release date), then the rest by title.
    private func latestTopics(limit: Int = 6) -> [Topic] {
        var latest: [String: CalendarDate] = [:]
        for release in site.releases {
            guard let date = release.date.value else { continue }
            if latest[release.topic].map({ date > $0 }) ?? true { latest[release.topic] = date }
        }
        let ordered = site.topics.enumerated().sorted { left, right in
            switch (latest[left.element.slug], latest[right.element.slug]) {
            case let (l?, r?) where l != r: return l > r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.offset < right.offset
            }
        }
        return ordered.prefix(limit).map(\.element)
    }
}
