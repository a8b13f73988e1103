import Foundation
@testable import RoundtableKit

/// A reader trying to recover small counts from what a built site publishes. It is written
/// apart from the disclosure model on purpose: it knows only the published figures
/// (`data-figure` attributes), the documented policy ("fewer than k" is 1 … k − 1, "withheld"
/// is k or more) and how the tables add up, and it searches every integer table consistent
/// with them. A count from 1 to k − 1 that has only one possible value has been recovered.
struct DisclosureAttacker {
    let threshold: Int
    /// key → text, such as `2017A:status.faltered` → `fewer than 5`.
    let figures: [String: String]

    /// Collects `data-figure` values from every HTML file, and reports any figure published
    /// with two different values (a second value could give a hidden count away).
    static func figures(in files: [String: String]) -> (figures: [String: String], conflicts: [String]) {
        var figures: [String: String] = [:]
        var conflicts: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"data-figure="([^"]+)"[^>]*>([^<]*)<"#)
        for (path, text) in files where path.hasSuffix(".html") {
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                let value = String(text[Range(match.range(at: 2), in: text)!]).trimmingCharacters(in: .whitespaces)
                if let known = figures[key], known != value { conflicts.append("\(key): '\(known)' and '\(value)'") }
                figures[key] = value
            }
        }
        return (figures, conflicts)
    }

    /// Every hidden small count of a round with the values a reader cannot rule out.
    func attack(round: String) -> [String: [Int]] {
        var problem = Problem(maximum: 4 * (number("\(round):pairs") ?? 1000))
        func term(_ key: String) -> Problem.Term { problem.term(for: key, text: figures["\(round):\(key)"], threshold: threshold) }

        let pairs = term("pairs"), participants = term("participants")
        problem.equation([(participants, 1), (pairs, -2)])
        let regionKeys = keys(round, prefix: "region.")
        if !regionKeys.isEmpty { problem.equation(regionKeys.map { (term($0), 1) } + [(participants, -1)]) }
        for regionKey in regionKeys {
            let region = String(regionKey.dropFirst("region.".count))
            let countries = keys(round, prefix: "country.").filter { Country.code(String($0.dropFirst("country.".count)))?.region.rawValue == region }
            let others = figures["\(round):others.\(region)"] != nil ? ["others.\(region)"] : []
            if !(countries + others).isEmpty {
                problem.equation((countries + others).map { (term($0), 1) } + [(term(regionKey), -1)])
            }
            let row = regionKeys.map { other -> (Problem.Term, Int) in
                let otherRegion = String(other.dropFirst("region.".count))
                let (low, high) = regionOrder(region, otherRegion) ? (region, otherRegion) : (otherRegion, region)
                return (term("matrix.\(low).\(high)"), otherRegion == region ? 2 : 1)
            }
            problem.equation(row + [(term(regionKey), -1)])
        }
        let matrixKeys = keys(round, prefix: "matrix.")
        if !matrixKeys.isEmpty { problem.equation(matrixKeys.map { (term($0), 1) } + [(pairs, -1)]) }
        for (prefix, total) in [("sector.", participants), ("stage.", participants), ("status.", pairs)] {
            let parts = keys(round, prefix: prefix).filter { !$0.hasSuffix("%") }
            if !parts.isEmpty { problem.equation(parts.map { (term($0), 1) } + [(total, -1)]) }
        }
        for key in keys(round, prefix: "channel.").filter({ !$0.hasSuffix("%") }) + ["cross-sector", "cross-stage"] where figures["\(round):\(key)"] != nil {
            let rest = problem.complement(of: key, text: figures["\(round):\(key)"]!, threshold: threshold)
            problem.equation([(term(key), 1), (rest, 1), (pairs, -1)])
        }
        if figures["\(round):satisfied"] != nil {
            let answered = term("satisfied.answered")
            let low = problem.complement(of: "satisfied", text: figures["\(round):satisfied"]!, threshold: threshold)
            let silent = problem.unknown("silent", lower: 0)
            problem.equation([(term("satisfied"), 1), (low, 1), (answered, -1)])
            problem.equation([(answered, 1), (silent, 1), (pairs, -1)])
        }
        for (key, text) in figures where key.hasPrefix("\(round):") && key.hasSuffix("%") {
            let countKey = String(key.dropFirst(round.count + 1).dropLast())
            let baseKey = countKey.hasPrefix("sector.") || countKey.hasPrefix("stage.") ? "participants" : countKey == "satisfied" ? "satisfied.answered" : "pairs"
            if let percent = Int(text.dropLast()), let base = number("\(round):\(baseKey)") {
                problem.percentage(term(countKey), percent: percent, of: base)
            }
        }
        return problem.feasibleSmallValues()
    }

    private func keys(_ round: String, prefix: String) -> [String] {
        figures.keys.filter { $0.hasPrefix("\(round):\(prefix)") }.map { String($0.dropFirst(round.count + 1)) }.sorted()
    }

    private func number(_ key: String) -> Int? {
        figures[key].flatMap { Int($0.replacingOccurrences(of: ",", with: "")) }
    }

    private func regionOrder(_ a: String, _ b: String) -> Bool {
        (Region(rawValue: a) ?? .antarctica) < (Region(rawValue: b) ?? .antarctica)
    }
}

/// Integer linear equations over bounded unknowns, solved by bound propagation and search.
struct Problem {
    enum Term { case constant(Int), variable(Int) }

    let maximum: Int
    private(set) var names: [String] = []
    private var lower: [Int] = []
    private var upper: [Int] = []
    /// Indices of unknowns published as "fewer than k" or "all but fewer than k".
    private var small: [Int] = []
    private var equations: [([(Int, Int)], Int)] = []
    private var byName: [String: Int] = [:]

    init(maximum: Int) {
        self.maximum = maximum
    }

    mutating func unknown(_ name: String, lower low: Int, upper high: Int? = nil, isSmall: Bool = false) -> Term {
        if let index = byName[name] { return .variable(index) }
        names.append(name); lower.append(low); upper.append(high ?? maximum)
        byName[name] = names.count - 1
        if isSmall { small.append(names.count - 1) }
        return .variable(names.count - 1)
    }

    mutating func term(for key: String, text: String?, threshold: Int) -> Term {
        guard let text else { return unknown(key, lower: 0) }
        if let value = Int(text.replacingOccurrences(of: ",", with: "")) { return .constant(value) }
        if text == "fewer than \(threshold)" { return unknown(key, lower: 1, upper: threshold - 1, isSmall: true) }
        return unknown(key, lower: text == "withheld" ? threshold : 0)
    }

    /// What a count leaves out of all pairs: small when it reads "all but fewer than k".
    mutating func complement(of key: String, text: String, threshold: Int) -> Term {
        text == "all but fewer than \(threshold)"
            ? unknown("rest of \(key)", lower: 1, upper: threshold - 1, isSmall: true)
            : unknown("rest of \(key)", lower: 0)
    }

    mutating func equation(_ terms: [(Term, Int)]) {
        var variables: [(Int, Int)] = []
        var constant = 0
        for (term, coefficient) in terms {
            switch term {
            case .constant(let value): constant -= coefficient * value
            case .variable(let index): variables.append((index, coefficient))
            }
        }
        equations.append((variables, constant))
    }

    /// round(100 × count / base) = percent, half up, as the site rounds.
    mutating func percentage(_ count: Term, percent: Int, of base: Int) {
        guard case .variable(let index) = count, base > 0 else { return }
        let candidates = (0...base).filter { (200 * $0 + base) / (2 * base) == percent }
        guard let first = candidates.first, let last = candidates.last else { return }
        lower[index] = max(lower[index], first)
        upper[index] = min(upper[index], last)
    }

    /// For each small unknown, the values that some consistent table gives it.
    func feasibleSmallValues() -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for index in small {
            result[names[index]] = (lower[index]...upper[index]).filter { value in
                var low = lower, high = upper
                low[index] = value; high[index] = value
                return solvable(&low, &high)
            }
        }
        return result
    }

    private func solvable(_ low: inout [Int], _ high: inout [Int]) -> Bool {
        guard propagate(&low, &high) else { return false }
        guard let branch = low.indices.filter({ low[$0] < high[$0] }).min(by: { high[$0] - low[$0] < high[$1] - low[$1] }) else { return true }
        for value in low[branch]...high[branch] {
            var l = low, h = high
            l[branch] = value; h[branch] = value
            if solvable(&l, &h) { return true }
        }
        return false
    }

    private func propagate(_ low: inout [Int], _ high: inout [Int]) -> Bool {
        var changed = true
        while changed {
            changed = false
            for (terms, constant) in equations {
                for (index, coefficient) in terms {
                    var minRest = 0, maxRest = 0
                    for (other, c) in terms where other != index {
                        minRest += c > 0 ? c * low[other] : c * high[other]
                        maxRest += c > 0 ? c * high[other] : c * low[other]
                    }
                    // coefficient × x = constant − rest
                    let (a, b) = (constant - maxRest, constant - minRest)
                    let newLow = coefficient > 0 ? ceilDiv(a, coefficient) : ceilDiv(b, coefficient)
                    let newHigh = coefficient > 0 ? floorDiv(b, coefficient) : floorDiv(a, coefficient)
                    if newLow > low[index] { low[index] = newLow; changed = true }
                    if newHigh < high[index] { high[index] = newHigh; changed = true }
                    if low[index] > high[index] { return false }
                }
                if terms.isEmpty && constant != 0 { return false }
            }
        }
        return true
    }

    private func floorDiv(_ a: Int, _ b: Int) -> Int { Int((Double(a) / Double(b)).rounded(.down)) }
    private func ceilDiv(_ a: Int, _ b: Int) -> Int { Int((Double(a) / Double(b)).rounded(.up)) }
}
