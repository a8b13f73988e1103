/// The program's growth, from each round's own published figures (the round files), oldest
/// round first: for the home page and the rounds index.
struct ProgramCharts {
    let site: Site
    let context: PageContext

    private var words: ChartStrings { ChartStrings(strings: context.strings) }

    /// Keys as the round pages give the same figures: `2016A:program.participants`.
    func participantsByRound(id: String, table: String) -> [String: Any]? {
        byRound(\.participants, key: "participants", title: words.text("participants_by_round"), id: id, table: table)
    }

    func countriesByRound(id: String, table: String) -> [String: Any]? {
        byRound(\.countries, key: "countries", title: words.text("countries_by_round"), id: id, table: table)
    }

    private func byRound(
        _ figure: KeyPath<Round, Known<Int>>, key: String, title: String, id: String, table: String
    ) -> [String: Any]? {
        guard site.rounds.contains(where: { $0[keyPath: figure].value != nil }) else { return nil }
        let bars = site.rounds.map { round in
            bar(round.name, round[keyPath: figure].value, key: "\(round.id):program.\(key)")
        }
        return chart(title: title, bars: bars, id: id, table: table)
    }

    /// Participations (each round's participants added up, places rather than people) and the
    /// countries represented in all rounds so far, by round; and the rows of their table.
    struct SoFar {
        struct Row {
            let round: Round
            let participations: Int?
            let countries: Int?
        }
        let rows: [Row]
        /// Whether the countries come from a synthetic pair file.
        let sample: Bool
    }

    func soFar() -> SoFar {
        var participations: Int? = 0
        var countries: Set<String> = []
        var sample = false
        let rows = site.rounds.map { round -> SoFar.Row in
            // Once a round's participants are unknown, so is every sum after it.
            participations = participations.flatMap { sum in round.participants.value.map { sum + $0 } }
            guard let statistics = site.statistics[round.id] else {
                return SoFar.Row(round: round, participations: participations, countries: nil)
            }
            countries.formUnion(statistics.countryCodes)
            sample = sample || round.hasSyntheticPairs
            return SoFar.Row(round: round, participations: participations, countries: countries.count)
        }
        return SoFar(rows: rows, sample: sample)
    }

    func soFarCharts(_ soFar: SoFar, table: String) -> (participations: [String: Any]?, countries: [String: Any]?) {
        let rows = soFar.rows
        let participations =
            rows.contains { $0.participations != nil }
            ? chart(
                title: words.text("participations_so_far"),
                bars: rows.map {
                    bar($0.round.name, $0.participations, key: "\($0.round.id):program.participations-so-far")
                },
                id: "chart-participations-so-far", table: table) : nil
        var countriesTitle = words.text("countries_so_far")
        if soFar.sample { countriesTitle = words.text("sample", ["title": countriesTitle]) }
        let countries =
            rows.contains { $0.countries != nil }
            ? chart(
                title: countriesTitle,
                bars: rows.map { bar($0.round.name, $0.countries, key: "\($0.round.id):countries-so-far") },
                id: "chart-countries-so-far", table: table) : nil
        return (participations, countries)
    }

    /// The table's values for the same rows, with the same keys.
    func soFarRows(_ soFar: SoFar) -> [[String: Any]] {
        soFar.rows.reversed().map { row in
            [
                "name": row.round.name, "url": context.url(context.routes.round(row.round.id)),
                "participations": figure(row.participations, key: "\(row.round.id):program.participations-so-far"),
                "countries": figure(row.countries, key: "\(row.round.id):countries-so-far"),
            ]
        }
    }

    private func figure(_ value: Int?, key: String) -> [String: Any] {
        guard let value else { return ["known": false, "text": context.strings.text("figure.unknown")] }
        return ["known": true, "text": context.format.grouped(value), "key": key]
    }

    private func bar(_ label: String, _ value: Int?, key: String) -> BarChart.Bar {
        guard let value else {
            return BarChart.Bar(
                label: label, value: .unknown, figures: [ChartFigure(context.strings.text("figure.unknown"))])
        }
        return BarChart.Bar(
            label: label, value: .number(value), figures: [ChartFigure(context.format.grouped(value), key: key)])
    }

    private func chart(title: String, bars: [BarChart.Bar], id: String, table: String) -> [String: Any] {
        let labels = ChartLabels(id: id, title: title, summary: words.figures(title: title, bars: bars), table: table)
        return labels.values(svg: BarChart(labels: labels, bars: bars).svg(format: context.format))
    }
}
