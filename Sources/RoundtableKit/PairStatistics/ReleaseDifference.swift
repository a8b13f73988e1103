/// What a reader learns by comparing two releases of one round: the difference of every figure
/// both show, and, for each published total, what its withheld parts changed by together. A
/// change from 1 to k − 1 is a count of the changed pairs or participants, and names what they
/// have in common (their status, sector, region…), so it may not be published.
///
/// This looks at one total at a time; a release replaces an earlier one only as a correction
/// (`statistics_correction` in the round file), and each is audited in full on its own.
struct ReleaseDifference {
    let threshold: Int
    let earlier: [String: String]
    let later: [String: String]

    /// Each change a reader could work out that counts 1 to k − 1 people or pairs, described.
    var disclosures: [String] {
        var found: [String] = []
        func small(_ change: Int) -> Bool { (1..<threshold).contains(abs(change)) }
        for key in Set(earlier.keys).intersection(later.keys).sorted() where !key.hasSuffix("%") && key != "countries" {
            if let change = difference(key), small(change) { found.append("\(key) changes by \(change)") }
        }
        for (total, parts) in totals() {
            guard let totalChange = difference(total), parts.contains(where: { difference($0.key) == nil }) else {
                continue
            }
            let hidden = parts.filter { difference($0.key) == nil }
            let shownChange = parts.compactMap { part in difference(part.key).map { $0 * part.weight } }.reduce(0, +)
            let change = totalChange - shownChange
            // One withheld part counted twice (a region's pairs within itself) changes by half.
            let single = hidden.count == 1 && change % hidden[0].weight == 0 ? change / hidden[0].weight : change
            if small(change) || small(single) {
                found.append(
                    "the withheld parts of \(total) (\(hidden.map(\.key).joined(separator: ", "))) change by "
                        + "\(change) together"
                )
            }
        }
        return found
    }

    /// The change of a figure both releases show as a number; nil otherwise.
    private func difference(_ key: String) -> Int? {
        guard let before = earlier[key].flatMap({ Int($0) }), let after = later[key].flatMap({ Int($0) }) else {
            return nil
        }
        return after - before
    }

    /// Every published total with the figures that add up to it in both releases.
    private func totals() -> [(String, [(key: String, weight: Int)])] {
        let keys = Set(earlier.keys).intersection(later.keys).filter { !$0.hasSuffix("%") }
        func parts(_ prefix: String) -> [(key: String, weight: Int)] {
            keys.filter { $0.hasPrefix(prefix) }.sorted().map { ($0, 1) }
        }
        var result: [(String, [(key: String, weight: Int)])] = [
            ("pairs", parts("status.")), ("participants", parts("sector.")), ("participants", parts("stage.")),
            ("participants", parts("region.")), ("pairs", parts("matrix.")),
        ]
        for region in Region.allCases where keys.contains("region.\(region.rawValue)") {
            let countries = keys.filter { key in
                key.hasPrefix("country.") && Country.code(String(key.dropFirst("country.".count)))?.region == region
            }.sorted()
            let others = keys.contains("others.\(region.rawValue)") ? ["others.\(region.rawValue)"] : []
            result.append(("region.\(region.rawValue)", (countries + others).map { ($0, 1) }))
            let row = keys.filter {
                $0.hasPrefix("matrix.") && $0.split(separator: ".").dropFirst().contains(Substring(region.rawValue))
            }.sorted()
            result.append(
                (
                    "region.\(region.rawValue)",
                    row.map { key in
                        let ends = key.split(separator: ".").dropFirst()
                        return (key, ends.allSatisfy { $0 == Substring(region.rawValue) } ? 2 : 1)
                    }
                ))
        }
        return result.filter { !$0.1.isEmpty }
    }
}
