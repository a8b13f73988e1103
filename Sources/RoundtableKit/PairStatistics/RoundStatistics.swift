/// What a round's pair file says about the round, after the disclosure policy: every count is
/// a `ProtectedCount`, and a percentage exists only where its count and base are published.
public struct RoundStatistics: Sendable {
    public struct Share: Sendable {
        public let count: ProtectedCount
        public let base: ProtectedCount
        public let percent: Int?
    }

    public struct Row: Sendable {
        /// The category's code in the pair file (`email`, `academic`); the theme names it.
        public let code: String
        public let share: Share
    }

    public struct CountryFigure: Sendable {
        public let country: Country
        public let count: ProtectedCount
    }

    public struct RegionFigures: Sendable {
        public let region: Region
        public let participants: ProtectedCount
        /// Countries with at least k participants, largest first.
        public let countries: [CountryFigure]
        /// The countries too small to list, together; nil when there are none beside the listed.
        public let otherCountries: ProtectedCount?
    }

    /// What was left out of a full release to protect participants, most preferred first.
    public enum Omission: String, Sendable, CaseIterable {
        case regionMatrix = "the pairs between regions"
        case countries = "the countries (regions only)"
        case breakdowns = "the sectors, career stages and channels"
        case endings = "how pairs ended the round and satisfaction"
    }

    public let threshold: Int
    /// Empty for a full release.
    public let omitted: [Omission]
    /// Whether any figure of the release is withheld.
    public let withholdsFigures: Bool
    public let pairs: ProtectedCount
    public let participants: ProtectedCount
    /// A count of countries, not of people.
    public let countriesRepresented: Int
    /// The codes of those countries. Never listed on the site (a country can be one person):
    /// only counted together across rounds, as the countries represented so far.
    let countryCodes: Set<String>
    public let regions: [RegionFigures]
    /// Pairs by the regions of their partners, in the order of `regions`; symmetric.
    public let regionMatrix: [[ProtectedCount]]
    public let sectors: [Row]?
    public let stages: [Row]?
    public let statuses: [Row]?
    public let channels: [Row]?
    public let crossSector: Share?
    public let crossStage: Share?
    public let completion: Share?
    /// Share of answering pairs that rated the round 4 or 5; the base is the number who answered.
    public let satisfaction: Share?
}
