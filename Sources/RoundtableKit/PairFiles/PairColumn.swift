/// A column a pair file may have. Anything else is refused as possible personal data.
public enum PairColumn: String, Sendable, CaseIterable {
    case pairID = "pair_id"
    case aCountry = "a_country"
    case bCountry = "b_country"
    case aSector = "a_sector"
    case bSector = "b_sector"
    case aStage = "a_stage"
    case bStage = "b_stage"
    case channels, status, satisfaction

    static let required: [PairColumn] = [.pairID, .aCountry, .bCountry, .status]

    /// Columns that come in twos: one for each partner.
    static let partnered: [(PairColumn, PairColumn)] = [(.aSector, .bSector), (.aStage, .bStage)]

    static var names: [String] { allCases.map(\.rawValue) }
}
