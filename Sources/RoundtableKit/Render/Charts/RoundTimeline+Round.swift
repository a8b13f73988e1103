extension RoundTimeline {
    /// The timetable of `round` as its file and schedule give it; its dates carry the same days
    /// as the dates list and the schedule table of the round page.
    init(round: Round, releases: [TopicRelease], context: PageContext) {
        let words = ChartStrings(strings: context.strings)
        let format = context.format
        let dated = releases.compactMap { release in release.date.value.map { (release.week, $0) } }
        let phases = [
            Phase(
                name: words.text("applications"), kind: "applications", from: round.applicationsOpen.value,
                to: round.applicationsClose.value),
            Phase(
                name: words.text("matching"), kind: "matching", from: round.applicationsClose.value,
                to: round.start.value),
            Phase(
                name: words.text("run"), kind: "run", from: round.start.value, to: round.end.value,
                atLeastUntil: round.end.value == nil ? dated.last.map(\.1) : nil),
        ]
        func day(_ date: Known<CalendarDate>) -> String { format.date(date)["text"] as! String }
        var summary = words.text(
            "timeline_dates",
            [
                "open": day(round.applicationsOpen), "close": day(round.applicationsClose),
                "start": day(round.start), "end": day(round.end),
            ])
        if let first = dated.first, let last = dated.last {
            summary +=
                " "
                + words.text(
                    "timeline_releases",
                    [
                        "count": String(dated.count), "first": format.longForm(first.1),
                        "last": format.longForm(last.1),
                    ])
        }
        self.init(
            labels: ChartLabels(
                id: "chart-timeline", title: words.text("timeline_title", ["round": round.name]), summary: summary,
                table: nil),
            phases: phases, releasesName: words.text("topics"),
            releases: dated.map { Release(label: String($0.0), date: $0.1) },
            unknown: context.strings.text("figure.unknown"), months: format.shortMonths)
    }
}
