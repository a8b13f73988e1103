/// One round of the program, from `content/rounds/<id>.yaml`.
public struct Round: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case upcoming, recruiting, matching, active, closed

        /// Running now, in the sense that matters to a visitor of the home page.
        var isCurrent: Bool { self == .recruiting || self == .matching || self == .active }
    }

    public struct Source: Sendable, Equatable {
        public let title: String
        public let url: String?

        package init(title: String, url: String?) {
            self.title = title
            self.url = url
        }
    }

    /// "Topic guide X is released in week N of this round."
    public struct ScheduledTopic: Sendable {
        public let week: Int
        public let topic: String
        /// Where the entry is written, for a diagnostic when the topic does not exist.
        public let location: SourceLocation
        let sourceLine: String?

        package init(week: Int, topic: String, location: SourceLocation, sourceLine: String?) {
            self.week = week
            self.topic = topic
            self.location = location
            self.sourceLine = sourceLine
        }
    }

    public let id: String
    /// Its file's path inside content/, as for topics and chapters: `rounds/2016A.yaml`.
    public var contentPath: String { "rounds/\(id).yaml" }
    public let name: String
    public let status: Status
    public let applicationsOpen: Known<CalendarDate>
    public let applicationsClose: Known<CalendarDate>
    public let start: Known<CalendarDate>
    public let end: Known<CalendarDate>
    public let participants: Known<Int>
    public let countries: Known<Int>
    public let pairs: Known<Int>
    /// `pair_data: synthetic`: the round's pair file is generated sample data, and the site says so.
    public let hasSyntheticPairs: Bool
    /// `same_country_pairs: allowed`: partners may share a country in this round.
    public let allowsSameCountryPairs: Bool
    /// Why the round's pair statistics replace the ones it published before (`statistics_correction`).
    public let statisticsCorrection: String?
    /// Orders rounds whose dates are unknown; rounds sort by it, then by start date, then by id.
    public let order: Int?
    public let summary: MarkdownSource
    public let sources: [Source]
    public let schedule: [ScheduledTopic]
    public let file: SourceText
    /// `apply_url`: where to apply, shown as a call to action while the round is upcoming or
    /// recruiting.
    public package(set) var applyURL: String?

    /// Whether applications may still be open: the time to invite readers to apply, and to
    /// say that figures come later rather than that none were published.
    public var isBeforeItsRun: Bool { status == .upcoming || status == .recruiting }
    package init(
        id: String, name: String, status: Status, applicationsOpen: Known<CalendarDate>,
        applicationsClose: Known<CalendarDate>, start: Known<CalendarDate>, end: Known<CalendarDate>,
        participants: Known<Int>, countries: Known<Int>, pairs: Known<Int>, hasSyntheticPairs: Bool,
        allowsSameCountryPairs: Bool, statisticsCorrection: String?, order: Int?, summary: MarkdownSource,
        sources: [Source], schedule: [ScheduledTopic], file: SourceText
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.applicationsOpen = applicationsOpen
        self.applicationsClose = applicationsClose
        self.start = start
        self.end = end
        self.participants = participants
        self.countries = countries
        self.pairs = pairs
        self.hasSyntheticPairs = hasSyntheticPairs
        self.allowsSameCountryPairs = allowsSameCountryPairs
        self.statisticsCorrection = statisticsCorrection
        self.order = order
        self.summary = summary
        self.sources = sources
        self.schedule = schedule
        self.file = file
    }

    /// Every participant is in exactly one pair, so a round's participants are twice its pairs.
    /// A synthetic file (`roundtable pairs sample`) of a round with an odd count has
    /// participants / 2 pairs: it leaves the one participant out, and may.
    static func participantsAgree(_ participants: Int, pairs: Int, synthetic: Bool) -> Bool {
        participants == 2 * pairs || (synthetic && participants == 2 * pairs + 1)
    }
}
