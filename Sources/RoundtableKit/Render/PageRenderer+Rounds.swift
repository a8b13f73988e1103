extension PageRenderer {
    func roundsIndex() -> PageResult {
        let page = routes.roundsIndex
        let context = context(for: page)
        let strings = context.strings
        let description = strings.text("rounds.description", ["site": site.config.title])
        var values = context.base(title: strings.text("rounds.title"), description: description, section: "rounds")
        values["rounds"] = site.rounds.reversed().map(context.roundSummary)
        let compared = site.rounds.reversed().compactMap { round -> [String: Any]? in
            guard let statistics = site.statistics[round.id] else { return nil }
            let figures = StatisticsContext(statistics, of: round.id, in: context)
            var entry: [String: Any] = [
                "name": round.name, "url": context.url(routes.round(round.id)), "synthetic": round.hasSyntheticPairs,
                "figures": figures.comparison(),
            ]
            if let channels = figures.channelComparison() { entry["channels"] = channels }
            return entry
        }
        values["comparison"] = compared
        values["hasComparison"] = !compared.isEmpty
        values["channelComparison"] = compared.filter { $0["channels"] != nil }
        values["hasChannelComparison"] = compared.contains { $0["channels"] != nil }
        values["channelNames"] = Channel.allCases.map { strings.text("channel." + $0.rawValue) }
        values["comparisonSynthetic"] = compared.contains { $0["synthetic"] as? Bool == true }
        values["threshold"] = site.config.disclosureThreshold
        let charts = ProgramCharts(site: site, context: context)
        if let chart = charts.participantsByRound(id: "chart-participants", table: "rounds-table") {
            values["participantsChart"] = chart
        }
        if let chart = charts.countriesByRound(id: "chart-countries", table: "rounds-table") {
            values["countriesChart"] = chart
        }
        let soFar = charts.soFar()
        let (participations, countries) = charts.soFarCharts(soFar, table: "so-far-table")
        if participations != nil || countries != nil {
            var table: [String: Any] = ["rows": charts.soFarRows(soFar)]
            // Names of their own: a missing one would otherwise be looked up outside soFar and
            // find the countries-by-round chart, drawn twice with the same ids.
            if let participations { table["participationsSoFarChart"] = participations }
            if let countries { table["countriesSoFarChart"] = countries }
            values["soFar"] = table
        }
        return PageResult(file: render(template: "rounds", page: page, context: values))
    }

    func round(_ round: Round) -> PageResult {
        let page = routes.round(round.id)
        let contentPath = round.contentPath
        return renderContentPage(
            template: "round", page: page, contentPath: contentPath, body: round.summary, anchors: [],
            search: SearchFields(
                kind: .round, title: round.name,
                summary: site.theme.strings.text("rounds.round_description", ["round": round.name]))
        ) {
            context, body in
            let description = context.strings.text("rounds.round_description", ["round": round.name])
            var values = context.base(title: round.name, description: description, section: "rounds")
            values["round"] = context.roundSummary(round)
            values["summary"] = body.html
            values["sources"] = round.sources.map { source -> [String: Any] in
                var entry: [String: Any] = ["title": source.title]
                if let url = source.url { entry["url"] = url }
                return entry
            }
            values["hasSources"] = !round.sources.isEmpty
            values["schedule"] = (site.releasesByRound[round.id] ?? []).map { release -> [String: Any] in
                let topic = site.topic(release.topic)
                return [
                    "week": release.week,
                    "date": context.format.date(release.date),
                    "title": topic?.title ?? release.topic,
                    "url": context.url(routes.topic(release.topic)),
                ]
            }
            values["hasSchedule"] = !round.schedule.isEmpty
            let timeline = RoundTimeline(round: round, releases: site.releasesByRound[round.id] ?? [], context: context)
            if let svg = timeline.svg() { values["timeline"] = timeline.labels.values(svg: svg) }
            if !(site.releasesByRound[round.id] ?? []).isEmpty {
                values["packURL"] = context.url(routes.pack(round.id))
            }
            if RoundCalendar.hasEvents(round, in: site) {
                values["calendarURL"] = context.url(routes.calendar(round.id))
            }
            if let statistics = site.statistics[round.id] {
                let figures = StatisticsContext(statistics, of: round.id, in: context)
                values["statistics"] = figures.values(synthetic: round.hasSyntheticPairs)
            }
            if let statistics = site.statistics[round.id] {
                let fromPairs = [
                    statistics.participants.value, statistics.pairs.value, statistics.countriesRepresented,
                ]
                let fromRound = [round.participants.value, round.pairs.value, round.countries.value]
                // An unknown program figure beside a counted one needs the word as much as two
                // figures that differ.
                if zip(fromPairs, fromRound).contains(where: { pair, program in pair != nil && pair != program }) {
                    let format = context.format
                    let withheld = context.strings.text("statistics.withheld")
                    values["figuresDiffer"] = [
                        "participants": statistics.participants.value.map(format.grouped) ?? withheld,
                        "pairs": statistics.pairs.value.map(format.grouped) ?? withheld,
                        "countries": format.grouped(statistics.countriesRepresented),
                        "synthetic": round.hasSyntheticPairs,
                    ]
                }
            }
            if let notShown = site.statisticsNotShown[round.id] {
                values["statisticsNotShown"] = [notShown.rawValue: true]
            }
            values["editURL"] = context.editURL(for: contentPath)
            return values
        }
    }
}
