/// The kind of library a participant works in.
public enum Sector: String, Sendable, CaseIterable {
    case academic, `public`, school, special, government, other

    public var label: String {
        switch self {
        case .academic: "Academic"
        case .public: "Public"
        case .school: "School"
        case .special: "Special"
        case .government: "Government"
        case .other: "Other"
        }
    }
}
