/// A round's phases on a line of months: applications, matching and the run, and the days its
/// topic guides come out. A phase with an unknown end fades out towards the edge instead of
/// ending on a day nobody published.
struct RoundTimeline {
    struct Phase {
        let name: String
        /// `applications`, `matching`, `run`: the class the theme colours it by.
        let kind: String
        let from: CalendarDate?
        let to: CalendarDate?
        /// A day the phase is known to last until when its end is not known (the run lasts at
        /// least until its last topic comes out).
        var atLeastUntil: CalendarDate? = nil
    }

    struct Release {
        let label: String
        let date: CalendarDate
    }

    let labels: ChartLabels
    let phases: [Phase]
    let releasesName: String
    let releases: [Release]
    let unknown: String
    /// Short month names, January first.
    let months: [String]

    static let smallSize = 10.0
    static let laneHeight = 24.0
    static let barHeight = 12.0

    /// Nil when fewer than two days are known: there is no line to draw.
    func svg() -> String? {
        let known = phases.flatMap { [$0.from, $0.to, $0.atLeastUntil] }.compactMap { $0 } + releases.map(\.date)
        guard let first = known.min(), let last = known.max(), first != last else { return nil }
        let size = ChartText.fontSize
        let laneNames = phases.map(\.name) + (releases.isEmpty ? [] : [releasesName])
        let labelColumn = (laneNames.map { ChartText.width($0, size: size) }.max() ?? 0) + 8
        let span = Double(last.dayNumber - first.dayNumber)
        let margin = max(7, (span * 0.08).rounded())
        let startDay = Double(first.dayNumber) - margin
        let days = span + 2 * margin
        let plotLength = ChartText.chartWidth - labelColumn - 8
        func x(_ date: CalendarDate) -> Double { labelColumn + plotLength * (Double(date.dayNumber) - startDay) / days }
        let plotEnd = labelColumn + plotLength
        let lanesHeight = Double(laneNames.count) * Self.laneHeight
        let height = lanesHeight + 22

        var svg = SVGWriter()
        labels.open(&svg, kind: "timeline", width: ChartText.chartWidth, height: height)
        // Months: a line at each first day, a label where it does not crowd the one before.
        svg.open("g", [("class", "axis")])
        var month = CalendarDate(year: first.year, month: first.month, day: 1)!
        var labelEnd = -Double.infinity
        var labelledYear = false
        while Double(month.dayNumber) <= startDay + days {
            let position = x(month)
            if position >= labelColumn {
                svg.element("line", .at(("x1", position), ("y1", 0), ("x2", position), ("y2", lanesHeight)))
                let name = months[month.month - 1] + (labelledYear && month.month != 1 ? "" : " \(month.year)")
                let width = ChartText.width(name, size: Self.smallSize)
                if position + 2 > labelEnd + 3 && position + 2 + width <= ChartText.chartWidth {
                    svg.element("text", .at(("x", position + 2), ("y", lanesHeight + 14)), content: name)
                    labelEnd = position + 2 + width
                    labelledYear = true
                }
            }
            month = month.adding(days: CalendarDate.daysInMonth(year: month.year, month: month.month))
        }
        svg.close("g")
        for (index, phase) in phases.enumerated() {
            let top = Double(index) * Self.laneHeight
            let baseline = top + Self.laneHeight / 2 + size * 0.35
            let barTop = top + (Self.laneHeight - Self.barHeight) / 2
            svg.open("g", [("class", "lane")])
            svg.element(
                "text", .at(("x", labelColumn - 8), ("y", baseline)) + [("class", "label"), ("text-anchor", "end")],
                content: phase.name)
            func bar(_ from: Double, _ to: Double, _ extra: String, _ dates: [(String, CalendarDate)]) {
                svg.element(
                    "rect",
                    .at(("x", from), ("y", barTop), ("width", max(to - from, 2)), ("height", Self.barHeight))
                        + [("class", "phase \(phase.kind)\(extra)")] + dates.map { ("data-" + $0.0, $0.1.iso) })
            }
            // Where a phase with an unknown end is drawn as fading: from the known day to the edge.
            var fade: (from: Double, to: Double)?
            switch (phase.from, phase.to) {
            case (let from?, let to?):
                bar(x(from), x(to), "", [("from", from), ("to", to)])
            case (let from?, nil):
                var solidEnd = x(from)
                if let until = phase.atLeastUntil {
                    solidEnd = x(until)
                    bar(x(from), solidEnd, "", [("from", from)])
                    fade = (solidEnd, plotEnd)
                } else {
                    fade = (x(from), plotEnd)
                }
                bar(fade!.from, fade!.to, " uncertain", phase.atLeastUntil == nil ? [("from", from)] : [])
            case (nil, let to?):
                fade = (labelColumn, x(to))
                bar(labelColumn, x(to), " uncertain", [("to", to)])
            case (nil, nil):
                svg.element(
                    "text", .at(("x", labelColumn + 2), ("y", baseline)) + [("class", "unknown")], content: unknown)
            }
            if let fade, fade.to - fade.from >= ChartText.width(unknown, size: Self.smallSize) + 8 {
                let anchorAtEnd = phase.to == nil
                svg.element(
                    "text",
                    .at(("x", anchorAtEnd ? fade.to - 3 : fade.from + 3), ("y", baseline - 1))
                        + [("class", "unknown small"), ("text-anchor", anchorAtEnd ? "end" : "start")],
                    content: unknown)
            }
            svg.close("g")
        }
        if !releases.isEmpty {
            let top = Double(phases.count) * Self.laneHeight
            let baseline = top + Self.laneHeight / 2 + size * 0.35
            svg.open("g", [("class", "lane releases")])
            svg.element(
                "text", .at(("x", labelColumn - 8), ("y", baseline)) + [("class", "label"), ("text-anchor", "end")],
                content: releasesName)
            var labelEnd = -Double.infinity
            for release in releases {
                let position = x(release.date)
                svg.element(
                    "circle",
                    .at(("cx", position), ("cy", top + 6), ("r", 3.5)) + [
                        ("class", "release"), ("data-date", release.date.iso),
                    ])
                let width = ChartText.width(release.label, size: Self.smallSize)
                if position - width / 2 > labelEnd + 3 {
                    svg.element(
                        "text",
                        .at(("x", position), ("y", top + 20)) + [("class", "small"), ("text-anchor", "middle")],
                        content: release.label)
                    labelEnd = position + width / 2
                }
            }
            svg.close("g")
        }
        svg.close("svg")
        return svg.text
    }
}
