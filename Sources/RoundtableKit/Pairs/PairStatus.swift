/// How a partnership ended the round.
public enum PairStatus: String, Sendable, CaseIterable {
    case completed, faltered, rematched, withdrawn

    public var label: String {
        switch self {
        case .completed: "Completed the round"
        case .faltered: "Faltered"
        case .rematched: "Rematched"
        case .withdrawn: "Withdrew"
        }
    }
}
