/// Writes a plausible, entirely synthetic pair file for a round, so that a demo site (and its
/// tests) can show statistics without anybody's data. The same round and seed give the same file.
///
/// The file has participants / 2 pairs, exactly as many distinct countries as the round reports,
/// no pair within one country and no country above a fifth of the participants (ILN's cap).
public enum SamplePairGenerator {
    public enum Refusal: Error, Equatable {
        case unknownFigures
        case impossible(String)
    }

    public static func csv(for round: Round, seed: UInt64) -> Result<String, Refusal> {
        guard let participants = round.participants.value, let countryCount = round.countries.value else {
            return .failure(.unknownFigures)
        }
        let pairCount = participants / 2
        let people = 2 * pairCount
        let cap = max(1, people / 5)
        guard countryCount >= 2, countryCount <= people, countryCount * cap >= people else {
            return .failure(
                .impossible(
                    "\(participants) participants cannot come from \(countryCount) countries with at most \(cap) each"))
        }
        var random = SeededRandom(seed: seed, label: round.id)
        let countries = chooseCountries(countryCount, using: &random)
        var perCountry = [Int](repeating: 1, count: countries.count)
        let weights = countries.indices.map { (index: $0, weight: weight(rank: $0)) }
        for _ in 0..<(people - countryCount) {
            var index = random.pick(weights.map { ($0.index, $0.weight) })
            while perCountry[index] >= cap { index = (index + 1) % countries.count }
            perCountry[index] += 1
        }
        var persons = zip(countries, perCountry).flatMap { Array(repeating: $0, count: $1) }
        persons.shuffle(using: &random)
        let pairs = crossBorderPairs(persons)

        var lines = ["pair_id,a_country,b_country,a_sector,b_sector,a_stage,b_stage,channels,status,satisfaction"]
        for (number, pair) in pairs.enumerated() {
            let (a, b) = random.chance(50) ? pair : (pair.1, pair.0)
            let status = random.pick([(PairStatus.completed, 78), (.faltered, 12), (.rematched, 5), (.withdrawn, 5)])
            let answered = random.chance(status == .completed ? 65 : 25)
            let score = answered ? String(random.pick([(5, 45), (4, 40), (3, 10), (2, 3), (1, 2)])) : ""
            let fields = [
                "sample-\(String(number + 1).leftPadded(to: 4))", a.code, b.code,
                sector(using: &random).rawValue, sector(using: &random).rawValue,
                stage(using: &random).rawValue, stage(using: &random).rawValue,
                channels(using: &random), status.rawValue, score,
            ]
            lines.append(fields.joined(separator: ","))
        }
        return .success(lines.joined(separator: "\n") + "\n")
    }

    /// Pairs neighbours in the shuffled list, then mends every same-country pair by swapping
    /// partners with a later pair; no country holds half the people, so a swap always exists.
    private static func crossBorderPairs(_ persons: [Country]) -> [(Country, Country)] {
        var pairs = stride(from: 0, to: persons.count - 1, by: 2).map { (persons[$0], persons[$0 + 1]) }
        for i in pairs.indices where pairs[i].0 == pairs[i].1 {
            let j = pairs.indices.first { j in
                j != i && pairs[j].1 != pairs[i].0 && pairs[j].0 != pairs[i].1
            }
            if let j { (pairs[i].1, pairs[j].1) = (pairs[j].1, pairs[i].1) }
        }
        return pairs
    }

    /// Countries in the order ILN-like programs tend to reach them, then the rest in a seeded order.
    private static func chooseCountries(_ count: Int, using random: inout SeededRandom) -> [Country] {
        let core = [
            "AU", "US", "GB", "CA", "NZ", "IN", "PH", "NG", "ZA", "KE", "IE", "MY", "SG", "PK", "GH", "UG",
            "ZW", "JM", "TT", "ID", "LK", "BD", "NP", "TZ", "ET", "RW", "CM", "DE", "NL", "SE", "FI", "DK",
            "NO", "ES", "IT", "PT", "FR", "GR", "HR", "RS", "RO", "PL", "BR", "AR", "CL", "CO", "PE", "MX",
            "JP", "KR", "CN", "HK", "TW", "TH", "VN", "FJ", "PG", "WS", "TO", "IL", "TR", "EG", "MA", "LB",
        ]
        var chosen = core.prefix(count).compactMap(Country.code)
        var rest = CountryTable.all.filter { !core.contains($0.code) && $0.region != .antarctica }
        rest.shuffle(using: &random)
        chosen += rest.prefix(count - chosen.count)
        return chosen
    }

    /// The first countries are the program's heartland; the weight falls off with rank.
    private static func weight(rank: Int) -> Int {
        max(1, 60 / (rank + 1))
    }

    private static func sector(using random: inout SeededRandom) -> Sector {
        random.pick([(.academic, 40), (.public, 25), (.special, 12), (.school, 10), (.government, 8), (.other, 5)])
    }

    private static func stage(using random: inout SeededRandom) -> CareerStage {
        random.pick([(.student, 10), (.early, 35), (.mid, 35), (.senior, 20)])
    }

    private static func channels(using random: inout SeededRandom) -> String {
        let odds: [(Channel, Int)] = [(.email, 97), (.video, 35), (.chat, 25), (.social, 15), (.phone, 5)]
        return odds.filter { random.chance($0.1) }.map(\.0.rawValue).joined(separator: ";")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
