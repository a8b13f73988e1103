/// A UN M49 region. Countries with few participants are counted in their region instead.
public enum Region: String, Sendable, CaseIterable, Comparable {
    case africa, americas, asia, europe, oceania, antarctica

    public var name: String {
        switch self {
        case .africa: "Africa"
        case .americas: "Americas"
        case .asia: "Asia"
        case .europe: "Europe"
        case .oceania: "Oceania"
        case .antarctica: "Antarctica"
        }
    }

    public static func < (lhs: Region, rhs: Region) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
