/// A UN M49 region. Countries with few participants are counted in their region instead.
public enum Region: String, Sendable, CaseIterable, Comparable {
    case africa, americas, asia, europe, oceania, antarctica

    public static func < (lhs: Region, rhs: Region) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
