/// A round's statistics as charts: drawn from the same protected figures, with the same keys and
/// words, as the tables beside them.
extension StatisticsContext {
    /// The bars of one breakdown table (`tables` in `values`), whose id is `<id>-table`; `unit` is
    /// what it counts, `pairs` or `participants`.
    func barChart(
        id: String, title: String, unit: String, rows: [RoundStatistics.Row], prefix: String, names: String
    ) -> [String: Any] {
        let bars = rows.map { row -> BarChart.Bar in
            let key = "\(roundID):\(prefix).\(row.code)"
            let count = self.count(row.share.count, key: key)
            var figures = [ChartFigure(count["text"] as! String, key: key)]
            if let percent = row.share.percent {
                figures += [ChartFigure(" ("), ChartFigure("\(percent)%", key: key + "%"), ChartFigure(")")]
            }
            let value: ChartValue = row.share.count.value.map { .number($0) } ?? .withheld
            return BarChart.Bar(label: strings.text("\(names).\(row.code)"), value: value, figures: figures)
        }
        let words = ChartStrings(strings: strings)
        let heading = words.text("counted", ["title": title, "unit": words.text("unit_" + unit)])
        let labels = ChartLabels(
            id: "chart-" + id, title: heading, summary: words.figures(title: heading, bars: bars), table: id + "-table")
        return labels.values(svg: BarChart(labels: labels, bars: bars).svg(format: format))
    }

    /// The pairs between regions as a heat map of the matrix table (`region-pairs-table`).
    func matrixChart() -> [String: Any] {
        let regions = statistics.regions.map(\.region)
        let names = regions.map(name(of:))
        var cells: [[HeatMap.Square]] = []
        var sentence: [(label: String, value: String)] = []
        let words = ChartStrings(strings: strings)
        for (i, region) in regions.enumerated() {
            var row: [HeatMap.Square] = []
            for (j, other) in regions.enumerated() {
                let value = statistics.regionMatrix[i][j]
                let key = "matrix.\(min(region, other).rawValue).\(max(region, other).rawValue)"
                let figure = count(value, key: key)
                let text = figure["text"] as! String
                row.append(
                    HeatMap.Square(
                        value: value.value.map { .number($0) } ?? .withheld,
                        figure: ChartFigure(text, key: figure["key"] as? String)))
                // The matrix is symmetric: the sentence names each pair of regions once.
                if j >= i {
                    sentence.append((words.text("region_pair", ["first": names[i], "second": names[j]]), text))
                }
            }
            cells.append(row)
        }
        let title = strings.text("statistics.matrix_heading")
        let labels = ChartLabels(
            id: "chart-region-pairs", title: title, summary: words.figures(title: title, sentence),
            table: "region-pairs-table")
        return labels.values(svg: HeatMap(labels: labels, rows: names, columns: names, cells: cells).svg())
    }
}
