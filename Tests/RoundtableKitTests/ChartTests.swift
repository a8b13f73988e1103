import Foundation
import Testing

@testable import RoundtableKit

/// The charts the build draws: golden SVG for fixed data, the demo's charts against the tables
/// beside them, withheld and unknown figures drawn as words only, and the layout measured with
/// the real font in headless Chromium (`scripts/chart-check`).
@Suite struct ChartTests {
    static let format: NumberFormat = {
        var texts = [
            "numbers.thousands_separator": ",", "figure.unknown": "unknown", "dates.long": "{day} {month} {year}",
        ]
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        for (index, key) in NumberFormat.monthKeys.enumerated() { texts[key] = names[index] + "uary" }
        for (index, key) in NumberFormat.shortMonthKeys.enumerated() { texts[key] = names[index] }
        return NumberFormat(strings: ThemeStrings(texts: texts))
    }()

    static func labels(_ id: String) -> ChartLabels {
        ChartLabels(id: id, title: "Title of \(id)", summary: "What \(id) shows.", table: id + "-table")
    }

    // MARK: - Golden SVG

    @Test func chartsOfFixedDataMatchTheirGoldenFiles() throws {
        let bars = BarChart(
            labels: Self.labels("bars"),
            bars: [
                BarChart.Bar(
                    label: "Academic", value: .number(1_162),
                    figures: [
                        ChartFigure("1,162", key: "r:sector.academic"), ChartFigure(" ("),
                        ChartFigure("58%", key: "r:sector.academic%"), ChartFigure(")"),
                    ]),
                BarChart.Bar(label: "Public", value: .number(0), figures: [ChartFigure("0", key: "r:sector.public")]),
                BarChart.Bar(
                    label: "A category whose name is far too long to fit", value: .withheld,
                    figures: [ChartFigure("withheld", key: "r:sector.special")]),
                BarChart.Bar(label: "Later", value: .unknown, figures: [ChartFigure("unknown")]),
            ])
        let cell = { (value: ChartValue, text: String) in
            HeatMap.Square(value: value, figure: ChartFigure(text, key: "k"))
        }
        let heat = HeatMap(
            labels: Self.labels("heat"), rows: ["Africa", "Americas", "Asia"], columns: ["Africa", "Americas", "Asia"],
            cells: [
                [cell(.number(14), "14"), cell(.withheld, "withheld"), cell(.number(0), "0")],
                [cell(.withheld, "withheld"), cell(.number(57), "57"), cell(.number(20), "20")],
                [cell(.number(0), "0"), cell(.number(20), "20"), cell(.number(3), "3")],
            ])
        let day = { (text: String) in CalendarDate(iso: text)! }
        let timeline = RoundTimeline(
            labels: ChartLabels(id: "timeline", title: "Timetable", summary: "Applications close 15 Feb.", table: nil),
            phases: [
                .init(name: "Applications", kind: "applications", from: nil, to: day("2015-02-15")),
                .init(name: "Matching", kind: "matching", from: day("2015-02-15"), to: day("2015-03-01")),
                .init(
                    name: "The round", kind: "run", from: day("2015-03-01"), to: nil, atLeastUntil: day("2015-06-21")),
            ],
            releasesName: "Topics (week)",
            releases: stride(from: 1, through: 17, by: 2).map { week in
                .init(label: String(week), date: day("2015-03-01").adding(days: 7 * (week - 1)))
            },
            unknown: "unknown", months: Self.format.shortMonths)
        try GoldenOutputTests.compare(
            [
                OutputFile(path: "bars.svg", text: bars.svg(format: Self.format)),
                OutputFile(path: "heat-map.svg", text: heat.svg()),
                OutputFile(path: "timeline.svg", text: try #require(timeline.svg())),
            ], with: "charts")
    }

    @Test func scalesEndOnARoundNumberWithTicksTheirLabelsFit() {
        let width = { (value: Int) in ChartText.width(Self.format.grouped(value), size: 12) }
        let participants = ChartScale(largest: 1_162, length: 200, labelWidth: width)
        #expect(participants.ticks == [0, 500, 1_000, 1_500])
        #expect(ChartScale(largest: 95, length: 200, labelWidth: width).ticks == [0, 20, 40, 60, 80, 100])
        #expect(ChartScale(largest: 0, length: 200, labelWidth: width).ticks == [0, 1])
        #expect(ChartScale(largest: 303, length: 40, labelWidth: width).ticks == [0, 500])
        #expect(participants.position(1_500) == 200 && participants.position(750) == 100)
    }

    @Test func aTimelineNeedsTwoKnownDays() {
        let only = RoundTimeline(
            labels: Self.labels("t"),
            phases: [.init(name: "The round", kind: "run", from: CalendarDate(iso: "2016-08-22"), to: nil)],
            releasesName: "Topics", releases: [], unknown: "unknown", months: Self.format.shortMonths)
        #expect(only.svg() == nil)
    }

    // MARK: - The demo's charts

    struct Chart {
        let page: String
        let svg: String
        /// `data-figure` key → text, inside the chart.
        let figures: [String: String]
        let table: String?
    }

    static func figures(in html: Substring) -> [String: String] {
        var figures: [String: String] = [:]
        for match in html.matches(of: /data-figure="([^"]+)"[^>]*>([^<]*)</) {
            figures[String(match.1)] = String(match.2)
        }
        return figures
    }

    static func charts(in pages: [String: String]) -> [Chart] {
        pages.keys.sorted().flatMap { path in
            pages[path]!.matches(of: /<svg class="chart[^"]*"[^>]*>.*?<\/svg>/.dotMatchesNewlines()).map { match in
                let svg = match.0
                let table = svg.firstMatch(of: /data-table="([^"]+)"/).map { String($0.1) }
                return Chart(page: path, svg: String(svg), figures: figures(in: svg), table: table)
            }
        }
    }

    /// The element with `id` (a `<table>`), as text.
    static func table(_ id: String, in html: String) -> Substring? {
        guard let start = html.range(of: "id=\"\(id)\"") else { return nil }
        guard let end = html[start.upperBound...].range(of: "</table>") else { return nil }
        return html[start.lowerBound..<end.upperBound]
    }

    static func demo() async -> [String: String] {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("demo")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)
        let files = TestSupport.readTree(output, prefix: "").filter { $0.key.hasSuffix(".html") }
        return Dictionary(uniqueKeysWithValues: files.map { (String($0.key.drop { $0 == "/" }), $0.value) })
    }

    @Test func everyChartStatesTheNumbersOfItsTable() async throws {
        let pages = await Self.demo()
        let charts = Self.charts(in: pages)
        #expect(Set(charts.map(\.page)).isSuperset(of: ["index.html", "rounds/index.html", "rounds/2016A/index.html"]))
        var compared = 0
        for chart in charts {
            let html = pages[chart.page]!
            #expect(
                chart.svg.contains(#"role="img""#) && chart.svg.contains("<title id=")
                    && chart.svg.contains("<desc id="))
            guard let id = chart.table else { continue }
            let table = try #require(Self.table(id, in: html), "\(chart.page): no table \(id)")
            let tableFigures = Self.figures(in: table)
            // The table may hold other columns too: compare the figures of the kinds the chart shows.
            let kinds = Set(chart.figures.keys.map { $0.split(separator: ":", maxSplits: 1).last! })
            let shown = tableFigures.filter { kinds.contains($0.key.split(separator: ":", maxSplits: 1).last!) }
            #expect(!chart.figures.isEmpty)
            #expect(chart.figures == shown, "\(chart.page): \(id)")
            compared += 1
        }
        // Home 2, rounds index 4, and 4 breakdowns and the heat map on each of the 7 rounds with pair files.
        #expect(compared == 2 + 4 + 7 * 5)
    }

    @Test func aTimelineShowsTheDaysOfTheDatesAndTheSchedule() async throws {
        let pages = await Self.demo()
        var timelines = 0
        for chart in Self.charts(in: pages) where chart.svg.contains("class=\"chart timeline\"") {
            timelines += 1
            let drawn = Set(chart.svg.matches(of: /data-(?:from|to|date)="([0-9-]+)"/).map { String($0.1) })
            let html = pages[chart.page]!
            let dated = Set(html.matches(of: /<time datetime="([0-9-]+)">/).map { String($0.1) })
            #expect(drawn == dated, "\(chart.page)")
        }
        // Every round but the pilot and 2013B, whose dates are all unknown.
        #expect(timelines == 6)
        #expect(!pages["rounds/pilot/index.html"]!.contains("chart timeline"))
    }

    /// A withheld count is its word in the chart as in the table: no bar, no shade, no digit,
    /// and the chart's description names no number the chart does not show.
    @Test func aWithheldOrUnknownFigureIsDrawnAsAWordNeverAsANumber() async throws {
        let pages = await Self.demo()
        var withheld = 0
        for chart in Self.charts(in: pages) {
            for row in chart.svg.matches(of: /<g class="bar-row row-(withheld|unknown)">(.*?)<\/g>/) {
                #expect(!row.2.contains("<rect"), "\(chart.page): \(row.2)")
                let value = try #require(row.2.firstMatch(of: /<text[^>]*class="value"[^>]*>(.*?)<\/text>/))
                let text = value.1.replacing(/<[^>]+>/, with: "")
                #expect(text == (row.1 == "withheld" ? "withheld" : "unknown"), "\(chart.page)")
                withheld += row.1 == "withheld" ? 1 : 0
            }
            for cell in chart.svg.matches(of: /class="cell withheld"[^>]*\/><text[^>]*>(.*?)<\/text>/) {
                #expect(!cell.0.contains("fill-opacity"))
                #expect(cell.1.replacing(/<[^>]+>/, with: "") == "withheld")
                withheld += 1
            }
            for (key, text) in chart.figures where text.contains("withheld") || text.contains("unknown") {
                #expect(text == "withheld", "\(chart.page): \(key)")
            }
            // The description's numbers are ones the chart writes (figures, labels, ticks).
            let desc = try #require(chart.svg.firstMatch(of: /<desc[^>]*>(.*?)<\/desc>/)).1
            let written = chart.svg.replacing(/<desc[^>]*>.*?<\/desc>/, with: "").replacing(/<[^>]+>/, with: " ")
            let writtenNumbers = Set(written.matches(of: /[0-9][0-9,]*/).map { String($0.0) })
            for number in desc.matches(of: /[0-9][0-9,]*[0-9]|[0-9]/) where !writtenNumbers.contains(String(number.0)) {
                // Dates in a timeline's description: its days and years are on the page's dates list.
                #expect(chart.svg.contains("chart timeline"), "\(chart.page): '\(number.0)' in the description only")
            }
        }
        #expect(withheld > 10, "the demo's rounds withhold figures in their charts")
    }

    @Test func anUnknownRoundIsUnknownNotZero() async throws {
        let pages = await Self.demo()
        let chart = try #require(
            Self.charts(in: pages).first {
                $0.page == "rounds/index.html" && $0.svg.contains("chart-participants-title")
            })
        let row = try #require(chart.svg.firstMatch(of: /<g class="bar-row row-unknown">(.*?)<\/g>/))
        #expect(row.1.contains(">Round 2016B<") && row.1.contains(">unknown<") && !row.1.contains("<rect"))
        #expect(chart.svg.contains("Round 2016B unknown"), "the description says so too")
        #expect(chart.figures["2016B:program.participants"] == nil)
    }

    // MARK: - In a browser

    static let checker = TestSupport.repositoryRoot.appendingPathComponent("scripts/chart-check").path

    struct Layout: Decodable {
        let charts: Int
        let problems: [String]
    }

    @Test(.enabled(if: AccessibilityTests.canRun || TestSupport.toolsRequired))
    func noLabelTouchesAnotherOrTheEdgeOnAPhoneOrADesktop() async throws {
        let python = try #require(TestSupport.python)
        let output = TestSupport.temporaryDirectory().appendingPathComponent("iln")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)
        let rounds = ["pilot", "2013B", "2014A", "2014B", "2015A", "2015B", "2016A", "2016B"].map { "rounds/\($0)/" }
        let result = try TestSupport.run(
            python, [Self.checker, "--serve", output.path, "/iln/", "", "rounds/"] + rounds)
        #expect(result.status == 0, "\(result.stderr)")
        let layout = try JSONDecoder().decode(Layout.self, from: Data(result.stdout.utf8))
        // 2 + 4 + 7 × 5 + 6 timelines, at two widths in two schemes.
        #expect(layout.charts == (2 + 4 + 7 * 5 + 6) * 4)
        #expect(layout.problems.isEmpty, "\(layout.problems.joined(separator: "\n"))")
    }
}
