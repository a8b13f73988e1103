/// A country or territory by its ISO 3166-1 alpha-2 code.
public struct Country: Sendable, Hashable, Comparable {
    public let code: String
    public let name: String
    public let region: Region

    static let byCode: [String: Country] = Dictionary(uniqueKeysWithValues: CountryTable.all.map { ($0.code, $0) })
    static let byLowercasedName: [String: Country] = Dictionary(
        CountryTable.all.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first }
    )

    public static func code(_ code: String) -> Country? { byCode[code] }

    /// Matches an English short name such as "Australia", for raw exports that spell countries out.
    public static func named(_ name: String) -> Country? { byLowercasedName[name.lowercased()] }

    public static func < (lhs: Country, rhs: Country) -> Bool { lhs.code < rhs.code }
}
