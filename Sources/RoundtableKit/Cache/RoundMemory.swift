/// A round file as the last build parsed it. A program that has run for years has many rounds,
/// and an edit almost never touches them: when a round file's bytes are unchanged, the round is
/// put together from these fields and the text just read, without parsing its YAML again.
/// Line numbers (of the summary and the schedule) refer to that same text, so diagnostics about
/// a remembered round point where a fresh parse would.
struct RoundMemory: Sendable {
    /// Of the whole file.
    var whole: ContentDigest
    var id: String
    var name: String
    var status: Round.Status
    /// Applications open, applications close, start, end.
    var dates: [Known<CalendarDate>]
    /// Participants, countries, pairs.
    var figures: [Known<Int>]
    var hasSyntheticPairs: Bool
    var allowsSameCountryPairs: Bool
    var order: Int?
    var summary: String
    var summaryLineOffset: Int
    var summaryColumnOffset: Int
    var sources: [Round.Source]
    var schedule: [(week: Int, topic: String, line: Int, column: Int)]

    init(_ round: Round, whole: ContentDigest) {
        self.whole = whole
        id = round.id
        name = round.name
        status = round.status
        dates = [round.applicationsOpen, round.applicationsClose, round.start, round.end]
        figures = [round.participants, round.countries, round.pairs]
        hasSyntheticPairs = round.hasSyntheticPairs
        allowsSameCountryPairs = round.allowsSameCountryPairs
        order = round.order
        summary = String(round.summary.text)
        summaryLineOffset = round.summary.lineOffset
        summaryColumnOffset = round.summary.columnOffset
        sources = round.sources
        schedule = round.schedule.map { ($0.week, $0.topic, $0.location.line, $0.location.column) }
    }

    /// The round again, from `file`: the text whose digest is `whole`.
    func round(readFrom file: SourceText) -> Round {
        Round(
            id: id, name: name, status: status, applicationsOpen: dates[0], applicationsClose: dates[1],
            start: dates[2], end: dates[3], participants: figures[0], countries: figures[1], pairs: figures[2],
            hasSyntheticPairs: hasSyntheticPairs, allowsSameCountryPairs: allowsSameCountryPairs, order: order,
            summary: MarkdownSource(text: summary, file: file, lineOffset: summaryLineOffset, columnOffset: summaryColumnOffset),
            sources: sources,
            schedule: schedule.map { entry in
                Round.ScheduledTopic(week: entry.week, topic: entry.topic, location: file.location(line: entry.line, column: entry.column),
                                     sourceLine: file.line(entry.line))
            },
            file: file
        )
    }

    // MARK: - Encoding

    func encode(_ writer: inout BinaryWriter) {
        writer.write(whole)
        writer.write([id, name, status.rawValue, summary])
        for date in dates { writer.write(date.value?.iso ?? "") }
        for figure in figures {
            writer.write(figure.value != nil)
            writer.write(figure.value ?? 0)
        }
        writer.write(hasSyntheticPairs)
        writer.write(allowsSameCountryPairs)
        writer.write(order != nil)
        writer.write(order ?? 0)
        writer.write(summaryLineOffset)
        writer.write(summaryColumnOffset)
        writer.write(sources.count)
        for source in sources {
            writer.write([source.title, source.url ?? ""])
            writer.write(source.url != nil)
        }
        writer.write(schedule.count)
        for entry in schedule {
            writer.write(entry.topic)
            writer.write(entry.week)
            writer.write(entry.line)
            writer.write(entry.column)
        }
    }

    static func decode(_ reader: inout BinaryReader) -> RoundMemory? {
        guard let whole = reader.digest(), let texts = reader.strings(), texts.count == 4, let status = Round.Status(rawValue: texts[2]) else { return nil }
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
        guard let synthetic = reader.bool(), let sameCountry = reader.bool(), let hasOrder = reader.bool(), let order = reader.int(),
              let lineOffset = reader.int(), let columnOffset = reader.int(),
              let sourceCount = reader.int(), sourceCount >= 0, sourceCount <= reader.remaining else { return nil }
        var sources: [Round.Source] = []
        for _ in 0..<sourceCount {
            guard let fields = reader.strings(), fields.count == 2, let hasURL = reader.bool() else { return nil }
            sources.append(Round.Source(title: fields[0], url: hasURL ? fields[1] : nil))
        }
        guard let entryCount = reader.int(), entryCount >= 0, entryCount <= reader.remaining else { return nil }
        var schedule: [(week: Int, topic: String, line: Int, column: Int)] = []
        for _ in 0..<entryCount {
            guard let topic = reader.string(), let week = reader.int(), let line = reader.int(), let column = reader.int() else { return nil }
            schedule.append((week, topic, line, column))
        }
        return RoundMemory(whole: whole, id: texts[0], name: texts[1], status: status, dates: dates, figures: figures,
                           hasSyntheticPairs: synthetic, allowsSameCountryPairs: sameCountry, order: hasOrder ? order : nil,
                           summary: texts[3], summaryLineOffset: lineOffset, summaryColumnOffset: columnOffset,
                           sources: sources, schedule: schedule)
    }

    private init(whole: ContentDigest, id: String, name: String, status: Round.Status, dates: [Known<CalendarDate>], figures: [Known<Int>],
                 hasSyntheticPairs: Bool, allowsSameCountryPairs: Bool, order: Int?, summary: String, summaryLineOffset: Int,
                 summaryColumnOffset: Int, sources: [Round.Source], schedule: [(week: Int, topic: String, line: Int, column: Int)]) {
        self.whole = whole
        self.id = id
        self.name = name
        self.status = status
        self.dates = dates
        self.figures = figures
        self.hasSyntheticPairs = hasSyntheticPairs
        self.allowsSameCountryPairs = allowsSameCountryPairs
        self.order = order
        self.summary = summary
        self.summaryLineOffset = summaryLineOffset
        self.summaryColumnOffset = summaryColumnOffset
        self.sources = sources
        self.schedule = schedule
    }
}
