/// How a partnership ended the round.
public enum PairStatus: String, Sendable, CaseIterable {
    case completed, faltered, rematched, withdrawn
}
