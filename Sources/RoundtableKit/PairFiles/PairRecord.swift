/// One row of a pair file: two partners, never named.
public struct PairRecord: Sendable {
    public struct Partner: Sendable {
        public let country: Country
        /// Nil when the file has no sector columns.
        public let sector: Sector?
        /// Nil when the file has no career-stage columns.
        public let stage: CareerStage?
    }

    public let id: String
    public let a: Partner
    public let b: Partner
    /// Nil when the file has no `channels` column.
    public let channels: Set<Channel>?
    public let status: PairStatus
    /// 1–5, or nil when the pair did not answer the survey (or the file has no such column).
    public let satisfaction: Int?
    /// The row's line in the file, for diagnostics about the whole row.
    public let line: Int
    /// Where the `b_country` value starts, for a diagnostic about two partners in one country.
    let bCountryPlace: (line: Int, column: Int)
}
