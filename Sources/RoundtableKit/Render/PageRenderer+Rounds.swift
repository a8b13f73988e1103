extension PageRenderer {
    func roundsIndex() -> PageResult {
        let page = Permalink("rounds/")
        let context = PageContext(site: site, page: page)
        var values = context.base(title: "Rounds", description: "Every round of \(site.config.title): dates, participants and countries.", section: "rounds")
        values["rounds"] = site.rounds.reversed().map(context.roundSummary)
        let compared = site.rounds.reversed().compactMap { round -> [String: Any]? in
            guard let statistics = site.statistics[round.id] else { return nil }
            let figures = StatisticsContext(statistics: statistics, roundID: round.id)
            var entry: [String: Any] = [
                "name": round.name, "url": context.url("rounds/\(round.id)/"), "synthetic": round.hasSyntheticPairs,
                "figures": figures.comparison(),
            ]
            if let channels = figures.channelComparison() { entry["channels"] = channels }
            return entry
        }
        values["comparison"] = compared
        values["hasComparison"] = !compared.isEmpty
        values["channelComparison"] = compared.filter { $0["channels"] != nil }
        values["hasChannelComparison"] = compared.contains { $0["channels"] != nil }
        values["channelNames"] = Channel.allCases.map(\.label)
        values["comparisonSynthetic"] = compared.contains { $0["synthetic"] as? Bool == true }
        values["threshold"] = site.config.disclosureThreshold
        return PageResult(file: render(template: "rounds", page: page, context: values))
    }

    func round(_ round: Round) -> PageResult {
        let page = Permalink("rounds/\(round.id)/")
        let contentPath = "rounds/\(round.id).yaml"
        let description = "\(round.name): dates, participants, countries and the topic schedule."
        return renderContentPage(template: "round", page: page, contentPath: contentPath, body: round.summary) { context, body in
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
                    "date": NumberFormat.date(release.date),
                    "title": topic?.title ?? release.topic,
                    "url": context.url("topics/\(release.topic)/"),
                ]
            }
            values["hasSchedule"] = !round.schedule.isEmpty
            if let statistics = site.statistics[round.id] {
                values["statistics"] = StatisticsContext(statistics: statistics, roundID: round.id).values(synthetic: round.hasSyntheticPairs)
            }
            if let statistics = site.statistics[round.id] {
                let fromPairs = [statistics.participants.value, statistics.pairs.value, statistics.countriesRepresented]
                let fromRound = [round.participants.value, round.pairs.value, round.countries.value]
                if zip(fromPairs, fromRound).contains(where: { pair, program in program != nil && pair != nil && pair != program }) {
                    values["figuresDiffer"] = [
                        "participants": statistics.participants.value.map(NumberFormat.grouped) ?? "withheld",
                        "pairs": statistics.pairs.value.map(NumberFormat.grouped) ?? "withheld",
                        "countries": NumberFormat.grouped(statistics.countriesRepresented),
                        "synthetic": round.hasSyntheticPairs,
                    ]
                }
            }
            if let notShown = site.statisticsNotShown[round.id] { values["statisticsNotShown"] = [notShown.rawValue: true] }
            values["editURL"] = context.editURL(for: contentPath)
            return values
        }
    }
}
