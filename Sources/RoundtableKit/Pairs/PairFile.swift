/// `content/pairs/<round-id>.csv`: the anonymised pairs of one round.
public struct PairFile: Sendable {
    public let roundID: String
    public let records: [PairRecord]
    public let columns: Set<PairColumn>
    public let file: SourceText
}
