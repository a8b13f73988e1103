import RoundtableKit

/// A round file as the last build parsed it. A program that has run for years has many rounds,
/// and an edit almost never touches them: when a round file's bytes are unchanged, the round is
/// put together from the parsed fields and the text just read, without parsing its YAML again.
/// Line numbers (of the summary and the schedule) refer to that same text, so diagnostics about
/// a remembered round point where a fresh parse would.
struct CachedRound: Sendable {
    /// Of the whole file.
    let whole: ContentDigest
    /// The round as parsed. Decoded from the cache, its `file` holds no text: only
    /// `round(readFrom:)` makes a round the build can use.
    var parsed: Round

    init(_ round: Round, whole: ContentDigest) {
        self.whole = whole
        parsed = round
    }

    /// The round again, from `file`: the text whose digest is `whole`.
    func round(readFrom file: SourceText) -> Round {
        let summary = parsed.summary
        var round = Round(
            id: parsed.id, name: parsed.name, status: parsed.status, applicationsOpen: parsed.applicationsOpen,
            applicationsClose: parsed.applicationsClose, start: parsed.start, end: parsed.end,
            participants: parsed.participants,
            countries: parsed.countries, pairs: parsed.pairs, hasSyntheticPairs: parsed.hasSyntheticPairs,
            allowsSameCountryPairs: parsed.allowsSameCountryPairs, statisticsCorrection: parsed.statisticsCorrection,
            order: parsed.order,
            summary: MarkdownSource(
                text: summary.text, file: file, lineOffset: summary.lineOffset, columnOffset: summary.columnOffset),
            sources: parsed.sources,
            schedule: parsed.schedule.map { entry in
                let line = entry.location.line
                return Round.ScheduledTopic(
                    week: entry.week, topic: entry.topic,
                    location: file.location(line: line, column: entry.location.column),
                    sourceLine: file.line(line))
            },
            file: file
        )
        round.applyURL = parsed.applyURL
        return round
    }

    // MARK: - Encoding

    func encode(_ writer: inout BinaryWriter) {
        writer.write(whole)
        writer.write([parsed.id, parsed.name, parsed.status.rawValue, String(parsed.summary.text)])
        for date in [parsed.applicationsOpen, parsed.applicationsClose, parsed.start, parsed.end] {
            writer.write(date.value?.iso ?? "")
        }
        for figure in [parsed.participants, parsed.countries, parsed.pairs] {
            writer.write(figure.value != nil)
            writer.write(figure.value ?? 0)
        }
        writer.write(parsed.hasSyntheticPairs)
        writer.write(parsed.allowsSameCountryPairs)
        writer.write(parsed.statisticsCorrection != nil)
        writer.write(parsed.statisticsCorrection ?? "")
        writer.write(parsed.order != nil)
        writer.write(parsed.order ?? 0)
        writer.write(parsed.summary.lineOffset)
        writer.write(parsed.summary.columnOffset)
        writer.write(parsed.sources.count)
        for source in parsed.sources {
            writer.write([source.title, source.url ?? ""])
            writer.write(source.url != nil)
        }
        writer.write(parsed.schedule.count)
        for entry in parsed.schedule {
            writer.write(entry.topic)
            writer.write(entry.week)
            writer.write(entry.location.line)
            writer.write(entry.location.column)
        }
        writer.write(parsed.applyURL != nil)
        writer.write(parsed.applyURL ?? "")
    }

    static func decode(_ reader: inout BinaryReader) -> CachedRound? {
        guard let whole = reader.digest(), let texts = reader.strings(), texts.count == 4,
            let status = Round.Status(rawValue: texts[2])
        else { return nil }
        var dates: [Known<CalendarDate>] = []
        for _ in 0..<4 {
            guard let iso = reader.string() else { return nil }
            if iso.isEmpty {
                dates.append(.unknown)
            } else {
                guard let date = CalendarDate(iso: iso) else { return nil }
                dates.append(.known(date))
            }
        }
        var figures: [Known<Int>] = []
        for _ in 0..<3 {
            guard let isKnown = reader.bool(), let value = reader.int() else { return nil }
            figures.append(isKnown ? .known(value) : .unknown)
        }
        guard let synthetic = reader.bool(), let sameCountry = reader.bool(), let hasCorrection = reader.bool(),
            let correction = reader.string(),
            let hasOrder = reader.bool(), let order = reader.int(),
            let lineOffset = reader.int(), let columnOffset = reader.int(),
            let sourceCount = reader.int(), sourceCount >= 0, sourceCount <= reader.remaining
        else { return nil }
        var sources: [Round.Source] = []
        for _ in 0..<sourceCount {
            guard let fields = reader.strings(), fields.count == 2, let hasURL = reader.bool() else { return nil }
            sources.append(Round.Source(title: fields[0], url: hasURL ? fields[1] : nil))
        }
        // The text comes back with `round(readFrom:)`; until then the locations name no file.
        let file = SourceText(path: "", text: "")
        guard let entryCount = reader.int(), entryCount >= 0, entryCount <= reader.remaining else { return nil }
        var schedule: [Round.ScheduledTopic] = []
        for _ in 0..<entryCount {
            guard let topic = reader.string(), let week = reader.int(), let line = reader.int(),
                let column = reader.int()
            else { return nil }
            schedule.append(
                Round.ScheduledTopic(
                    week: week, topic: topic, location: file.location(line: line, column: column), sourceLine: nil))
        }
        guard let hasApplyURL = reader.bool(), let applyURL = reader.string() else { return nil }
        var round = Round(
            id: texts[0], name: texts[1], status: status, applicationsOpen: dates[0], applicationsClose: dates[1],
            start: dates[2], end: dates[3],
            participants: figures[0], countries: figures[1], pairs: figures[2], hasSyntheticPairs: synthetic,
            allowsSameCountryPairs: sameCountry,
            statisticsCorrection: hasCorrection ? correction : nil,
            order: hasOrder ? order : nil,
            summary: MarkdownSource(text: texts[3], file: file, lineOffset: lineOffset, columnOffset: columnOffset),
            sources: sources, schedule: schedule, file: file
        )
        round.applyURL = hasApplyURL ? applyURL : nil
        return CachedRound(round, whole: whole)
    }
}
