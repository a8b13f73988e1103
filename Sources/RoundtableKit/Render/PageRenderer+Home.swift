extension PageRenderer {
    func home() -> PageResult {
        let page = routes.home
        let context = context(for: page)
        var values = context.base(title: site.config.title, description: site.config.description, section: "home")
        var result = PageResult()
        if let intro = site.config.intro {
            let rendered = BodyRenderer(site: site).render(intro, contentPath: "site.yaml", on: page)
            values["intro"] = rendered.html
            result.diagnostics += rendered.diagnostics
            result.anchorChecks += rendered.anchorChecks
            result.attachments += rendered.attachments
        }
        if let round = site.featuredRound {
            var featured = context.roundSummary(round)
            let heading = round.status.isCurrent ? "current" : round.status == .upcoming ? "next" : "latest"
            featured["heading"] = context.strings.text("home.\(heading)_round")
            values["featuredRound"] = featured
        }
        // Every headline figure counts rounds: a site without rounds has none to show.
        values["figures"] = site.rounds.isEmpty ? [] : headlineFigures(context)
        values["hasFigures"] = !site.rounds.isEmpty
        let charts = ProgramCharts(site: site, context: context)
        if let chart = charts.participantsByRound(id: "chart-participants", table: "program-figures") {
            values["participantsChart"] = chart
        }
        if let chart = charts.countriesByRound(id: "chart-countries", table: "program-figures") {
            values["countriesChart"] = chart
        }
        values["programFigures"] = site.rounds.reversed().map(context.roundSummary)
        values["latestTopics"] = latestTopics().map(context.topicSummary)
        values["hasTopics"] = site.has(.topics)
        result.file = render(template: "home", page: page, context: values)
        return result
    }

    /// Rounds, participations and countries, honest about rounds whose figures are unknown.
    private func headlineFigures(_ context: PageContext) -> [[String: Any]] {
        let format = context.format
        let strings = context.strings
        let withParticipants = site.rounds.compactMap(\.participants.value)
        let withCountries = site.rounds.compactMap(\.countries.value)
        var figures: [[String: Any]] = [
            [
                "value": format.grouped(site.rounds.count),
                "label": strings.text(site.rounds.count == 1 ? "home.round" : "home.rounds"),
            ]
        ]
        if !withParticipants.isEmpty {
            let sum = format.grouped(withParticipants.reduce(0, +))
            let label =
                withParticipants.count == site.rounds.count
                ? strings.text("home.participations")
                : strings.text("home.participations_in_some", ["count": String(withParticipants.count)])
            figures.append(["value": sum, "label": label])
        }
        if let most = withCountries.max() {
            figures.append(["value": format.grouped(most), "label": strings.text("home.countries_in_largest")])
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
            case (let l?, let r?) where l != r: return l > r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.offset < right.offset
            }
        }
        return ordered.prefix(limit).map(\.element)
    }
}
