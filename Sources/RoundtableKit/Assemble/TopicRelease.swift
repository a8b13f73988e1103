/// A topic guide released to the pairs of a round in a given week: on `start + 7 × (week − 1)` days.
public struct TopicRelease: Sendable {
    public let roundID: String
    public let roundName: String
    public let week: Int
    public let date: Known<CalendarDate>
    public let topic: String
}
