/// The theme's words for charts, and the sentence that states a chart's figures for its `<desc>`.
struct ChartStrings {
    static let keys = [
        "participants_by_round", "countries_by_round", "participations_so_far", "countries_so_far", "sample",
        "counted", "unit_pairs", "unit_participants",
        "figures", "figure", "separator", "region_pair", "timeline_title", "applications", "matching", "run",
        "topics", "timeline_dates", "timeline_releases",
    ].map { "charts." + $0 }

    let strings: ThemeStrings

    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        strings.text("charts." + key, values)
    }

    /// "Sectors: Academic 120 (40%); Public withheld."
    func figures(title: String, _ items: [(label: String, value: String)]) -> String {
        let figures = items.map { text("figure", ["label": $0.label, "value": $0.value]) }
        return text("figures", ["title": title, "figures": figures.joined(separator: text("separator"))])
    }

    /// A bar chart's sentence: each bar's label and what is written beside it.
    func figures(title: String, bars: [BarChart.Bar]) -> String {
        figures(title: title, bars.map { ($0.label, $0.figures.map(\.text).joined()) })
    }
}
