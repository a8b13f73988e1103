extension Round {
    static let allowedKeys = [
        "id", "name", "status", "order", "applications", "start", "end", "participants", "countries", "pairs",
        "summary", "sources", "schedule", "pair_data", "same_country_pairs", "statistics_correction", "apply_url",
    ]

    /// Reads a round file; `expectedID` is the file name without `.yaml`.
    static func load(_ source: SourceText, expectedID: String) -> (Round?, [Diagnostic]) {
        let context = YAMLContext(source: source, lineOffset: 0)
        let (node, parseErrors) = context.parse(source.text)
        guard let node else {
            return (nil, parseErrors.isEmpty ? [source.error("round file is empty", line: 1)] : parseErrors)
        }
        var reader = MappingReader(node, context: context, subject: "round", allowedKeys: allowedKeys)
        let id = reader.string("id", required: true)
        if let id, let value = reader.valueNode("id"), id != expectedID {
            reader.report("round id '\(id)' does not match the file name '\(expectedID).yaml'", at: value)
        }
        let name = reader.string("name", required: true)
        let status = readStatus(&reader)
        let order = reader.integer("order", required: false)
        var applications: (open: Known<CalendarDate>?, close: Known<CalendarDate>?) = (nil, nil)
        if var dates = reader.nestedMapping(
            "applications", subject: "applications", allowedKeys: ["open", "close"], required: true)
        {
            applications = (dates.date("open"), dates.date("close"))
            reader.absorb(dates)
        }
        let start = reader.date("start")
        let end = reader.date("end")
        if let start = start?.value, let end = end?.value, end < start, let value = reader.valueNode("end") {
            reader.report("the round ends (\(end.iso)) before it starts (\(start.iso))", at: value)
        }
        if let open = applications.open?.value, let close = applications.close?.value, close < open,
            let value = reader.valueNode("applications")
        {
            reader.report("applications close (\(close.iso)) before they open (\(open.iso))", at: value)
        }
        let participants = reader.figure("participants")
        let countries = reader.figure("countries")
        let pairs = reader.figure("pairs", required: false) ?? .unknown
        let hasSyntheticPairs = reader.choice("pair_data", choices: ["real", "synthetic"]) == "synthetic"
        let allowsSameCountryPairs =
            reader.choice("same_country_pairs", choices: ["refused", "allowed"]) == "allowed"
        // Every participant is in one pair: a page must not show 1,163 participants beside 581 pairs.
        if let people = participants?.value, let count = pairs.value, let node = reader.valueNode("participants"),
            !Round.participantsAgree(people, pairs: count, synthetic: hasSyntheticPairs)
        {
            reader.report(
                "'participants' (\(people)) must be twice 'pairs' (\(count)): every participant is in one pair",
                at: node,
                note:
                    "twice \(count) is \(2 * count); correct 'participants' or 'pairs', or write 'unknown' for the one "
                    + "the program did not publish")
        }
        let statisticsCorrection = reader.string("statistics_correction", required: false)
        let applyURL = reader.string("apply_url", required: false)
        if let applyURL, let value = reader.valueNode("apply_url"), !SiteConfig.isWebURL(applyURL) {
            reader.report("'apply_url' must be an http(s) URL, such as https://example.org/apply", at: value)
        }
        let summary = reader.markdown("summary", required: true)
        let sources = readSources(&reader)
        let schedule = readSchedule(&reader, context: context)

        guard reader.diagnostics.isEmpty, let id, let name, let status, let open = applications.open,
            let close = applications.close, let start, let end, let participants, let countries,
            let summary, let sources, let schedule
        else {
            return (nil, reader.diagnostics)
        }
        var round = Round(
            id: id, name: name, status: status, applicationsOpen: open, applicationsClose: close,
            start: start, end: end, participants: participants, countries: countries, pairs: pairs,
            hasSyntheticPairs: hasSyntheticPairs, allowsSameCountryPairs: allowsSameCountryPairs,
            statisticsCorrection: statisticsCorrection, order: order, summary: summary, sources: sources,
            schedule: schedule, file: source
        )
        round.applyURL = applyURL
        return (round, [])
    }

    private static func readStatus(_ reader: inout MappingReader) -> Status? {
        guard let text = reader.string("status", required: true), let value = reader.valueNode("status") else {
            return nil
        }
        guard let status = Status(rawValue: text) else {
            let names = Status.allCases.map(\.rawValue)
            reader.report(
                "unknown status '\(text)'; allowed: \(names.joined(separator: ", "))", at: value,
                note: Suggestion.note(for: text, in: names))
            return nil
        }
        return status
    }

    private static func readSources(_ reader: inout MappingReader) -> [Source]? {
        guard let items = reader.sequence("sources", required: false) else {
            return reader.has("sources") ? nil : []
        }
        var sources: [Source] = []
        for item in items {
            var entry = MappingReader(item, context: reader.context, subject: "source", allowedKeys: ["title", "url"])
            let title = entry.string("title", required: true)
            let url = entry.string("url", required: false)
            if let url, let value = entry.valueNode("url"), !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                entry.report("a source's 'url' must start with https:// or http://", at: value)
            }
            reader.absorb(entry)
            if let title { sources.append(Source(title: title, url: url)) }
        }
        return sources
    }

    private static func readSchedule(_ reader: inout MappingReader, context: YAMLContext) -> [ScheduledTopic]? {
        guard let items = reader.sequence("schedule", required: false) else {
            return reader.has("schedule") ? nil : []
        }
        var schedule: [ScheduledTopic] = []
        var weeks: Set<Int> = []
        for item in items {
            var entry = MappingReader(
                item, context: context, subject: "schedule entry", allowedKeys: ["week", "topic"])
            let week = entry.integer("week", required: true, in: 1...104)
            let topic = entry.string("topic", required: true)
            if let week, let value = entry.valueNode("week"), !weeks.insert(week).inserted {
                entry.report("week \(week) is scheduled twice", at: value)
            }
            reader.absorb(entry)
            if let week, let topic, let value = entry.valueNode("topic") {
                let location = context.location(of: value)
                schedule.append(
                    ScheduledTopic(
                        week: week, topic: topic, location: location, sourceLine: context.source.line(location.line)))
            }
        }
        return schedule.sorted { $0.week < $1.week }
    }
}
