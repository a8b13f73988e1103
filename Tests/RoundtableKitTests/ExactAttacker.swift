import Foundation
import IntegerProgramming

@testable import RoundtableKit

/// A reader trying to recover small counts from what a built site publishes. It is written apart
/// from the product's disclosure model and audit on purpose (its own integer search, no GLPK):
/// it knows everything a careful reader of a round page knows, each piece written as explicit
/// constraints of an integer problem, and it checks not only single hidden cells but every small
/// sum of hidden parts of a published equation.
///
/// It understands both label sets the product has used:
/// - "fewer than k" → 1 … k − 1;
/// - "withheld" → 1 or more (the new documentation: some integer ≥ 1; zeros are shown as 0).
///   `withheldMeansAtLeastK` restores the old documentation (k or more) when asked;
/// - "all but fewer than k" → what the count leaves out of its base is 1 … k − 1.
///
/// A *disclosure* is a count of people or pairs — a hidden cell, or a sum of hidden parts of
/// one published equation — that can take only one value, and that value is 1 … k − 1.
struct ExactAttacker {
    /// The pieces of knowledge, so that a test can show which one a leak needs.
    enum Knowledge: String, CaseIterable, Sendable {
        /// (a) label bounds and exact zeros: without it a hidden figure is any count from 0
        /// (only a test that shows what the labels give away takes it off); the published sums
        /// and percentages are read either way.
        case labels
        /// (b) sums of hidden parts of one equation, not only single cells.
        case subsetSums
        /// (c) every unnamed country holds ≥ 1 participant; their number is countries − named.
        case countries
        /// (d) the pair-combination counts behind sectors and stages.
        case pairStructure
        /// (e) named countries largest first; unnamed ones no larger than the smallest named.
        case order
        /// (f) round-file figures (program.*) equal the pair-file figures.
        case program
        /// (g) partners live in different countries.
        case differentCountries
    }

    struct Result: CustomStringConvertible {
        /// A hidden count or sum → the only value it can take (1 … k − 1).
        var determined: [String: Int] = [:]
        /// Questions the solver could not settle within its time budget.
        var undecided: [String] = []
        /// No table at all is consistent with the figures: the attacker's model is wrong.
        var inconsistent = false
        var description: String {
            "determined \(determined.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })"
                + (undecided.isEmpty ? "" : ", undecided \(undecided)") + (inconsistent ? ", INCONSISTENT" : "")
        }
    }

    let threshold: Int
    /// key → text, such as `2017A:status.faltered` → `fewer than 5`.
    let figures: [String: String]
    /// Keys in the order they appear on the page (countries are listed largest first).
    let order: [String]
    var knowledge: Set<Knowledge> = Set(Knowledge.allCases)
    var withheldMeansAtLeastK = false
    /// Seconds GLPK may spend on one question before it counts as undecided.
    var budget = 30

    init(
        threshold: Int, figures: [String: String], order: [String] = [],
        knowledge: Set<Knowledge> = Set(Knowledge.allCases)
    ) {
        self.threshold = threshold
        self.figures = figures
        self.order = order
        self.knowledge = knowledge
    }

    init(
        threshold: Int, page: (figures: [String: String], order: [String]),
        knowledge: Set<Knowledge> = Set(Knowledge.allCases)
    ) {
        self.init(threshold: threshold, figures: page.figures, order: page.order, knowledge: knowledge)
    }

    // MARK: - Reading the site

    /// Every `data-figure` value in document order, plus the round file's own figures as
    /// `<round>:program.participants`, `.pairs`, `.countries`. The current product prints
    /// those in the round page's facts list without a key (`<dt>Participants</dt><dd>60</dd>`);
    /// the new one gives them keys. Both are read.
    static func read(_ files: [String: String]) -> (figures: [String: String], order: [String]) {
        var figures: [String: String] = [:]
        var order: [String] = []
        let figure = try! NSRegularExpression(pattern: #"data-figure="([^"]+)"[^>]*>([^<]*)<"#)
        let fact = try! NSRegularExpression(pattern: #"<dt>(Participants|Countries|Pairs)</dt><dd>([^<]*)</dd>"#)
        for path in files.keys.sorted() where path.hasSuffix(".html") {
            let text = files[path]!
            let range = NSRange(text.startIndex..., in: text)
            for match in figure.matches(in: text, range: range) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                let value = String(text[Range(match.range(at: 2), in: text)!]).trimmingCharacters(in: .whitespaces)
                if figures[key] == nil { order.append(key) }
                figures[key] = value
            }
            let parts = path.split(separator: "/")
            if parts.count == 3, parts[0] == "rounds", parts[2] == "index.html" {
                let round = String(parts[1])
                for match in fact.matches(in: text, range: range) {
                    let label = String(text[Range(match.range(at: 1), in: text)!]).lowercased()
                    let value = String(text[Range(match.range(at: 2), in: text)!]).trimmingCharacters(in: .whitespaces)
                    let key = "\(round):program.\(label)"
                    if figures[key] == nil, value != "unknown" {
                        figures[key] = value
                        order.append(key)
                    }
                }
            }
        }
        return (figures, order)
    }

    /// Figures published twice with different values: a second value could give a hidden count away.
    static func conflicts(in files: [String: String]) -> [String] {
        var seen: [String: String] = [:]
        var conflicts: [String] = []
        let figure = try! NSRegularExpression(pattern: #"data-figure="([^"]+)"[^>]*>([^<]*)<"#)
        for path in files.keys.sorted() where path.hasSuffix(".html") {
            let text = files[path]!
            for match in figure.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                let value = String(text[Range(match.range(at: 2), in: text)!]).trimmingCharacters(in: .whitespaces)
                if let known = seen[key], known != value { conflicts.append("\(key): '\(known)' and '\(value)'") }
                seen[key] = value
            }
        }
        return conflicts
    }

    // MARK: - The attack

    func attack(round: String) -> Result {
        var model = Model(attacker: self, round: round, prefix: "")
        model.build()
        var result = Result()
        var problem = model.problem
        guard problem.solve(budget: budget) == .feasible else {
            result.inconsistent = true
            return result
        }
        for query in model.queries() {
            switch problem.onlyValue(of: query.terms, budget: budget) {
            case .value(let value) where (1..<threshold).contains(value): result.determined[query.name] = value
            case .budget: result.undecided.append(query.name)
            default: break
            }
        }
        return result
    }

    /// (h) Differencing: `old` and `new` are two releases of the same round, the new one with one
    /// more pair. Both pages are modelled at once, tied by what one pair can change: one status,
    /// two participants in sectors, stages, regions and countries, one matrix cell, each channel
    /// by 0 or 1. A difference new − old with one possible value in 1 … k − 1 is a disclosure,
    /// and so is any difference that pins the added pair's status, region or sector.
    static func attackDifference(
        threshold: Int, old: (figures: [String: String], order: [String]),
        new: (figures: [String: String], order: [String]), round: String,
        budget: Int = 30
    ) -> Result {
        let before = ExactAttacker(threshold: threshold, page: old)
        let after = ExactAttacker(threshold: threshold, page: new)
        var first = Model(attacker: before, round: round, prefix: "old ")
        first.build()
        var second = Model(attacker: after, round: round, prefix: "new ", problem: first.problem)
        second.build()
        var problem = second.problem
        var queries: [(name: String, terms: [(Int, Int)])] = []
        func terms(_ key: String) -> (old: Problem.Term, new: Problem.Term) {
            (first.term(key, in: &problem), second.term(key, in: &problem))
        }
        /// The change of one figure, an unknown between `low` and `high` tied to both releases.
        func change(_ key: String, _ low: Int, _ high: Int) -> Int {
            let (o, n) = terms(key)
            let d = problem.unknown("Δ\(key)", lower: low, upper: high)
            problem.equation([(n, 1), (o, -1), (.variable(d), -1)])
            return d
        }
        _ = change("pairs", 1, 1)
        // Status: exactly one status gains the pair.
        var statuses: [Int] = []
        for status in PairStatus.allCases { statuses.append(change("status.\(status.rawValue)", 0, 1)) }
        problem.equation(statuses.map { (.variable($0), 1) } + [(.constant(1), -1)])
        var pinned: [String] = PairStatus.allCases.map { "status.\($0.rawValue)" }
        // Sectors and stages gain two participants between them, regions too.
        for (prefix, codes) in [
            ("sector.", Sector.allCases.map(\.rawValue)), ("stage.", CareerStage.allCases.map(\.rawValue)),
        ]
        where new.figures.keys.contains(where: { $0.hasPrefix("\(round):\(prefix)") }) {
            let ds = codes.map { change("\(prefix)\($0)", 0, 2) }
            problem.equation(ds.map { (.variable($0), 1) } + [(.constant(2), -1)])
            if prefix == "sector." { pinned += codes.map { "\(prefix)\($0)" } }
        }
        let regions = Region.allCases.map(\.rawValue).filter { r in
            new.figures["\(round):region.\(r)"] != nil || old.figures["\(round):region.\(r)"] != nil
        }
        let dr = regions.map { change("region.\($0)", 0, 2) }
        if !dr.isEmpty { problem.equation(dr.map { (.variable($0), 1) } + [(.constant(2), -1)]) }
        pinned += regions.map { "region.\($0)" }
        var cells: [Int] = []
        for (i, a) in regions.enumerated() { for b in regions[i...] { cells.append(change("matrix.\(a).\(b)", 0, 1)) } }
        if !cells.isEmpty { problem.equation(cells.map { (.variable($0), 1) } + [(.constant(1), -1)]) }
        let keys = Set(new.figures.keys).union(old.figures.keys).filter { $0.hasPrefix("\(round):") }.map {
            String($0.dropFirst(round.count + 1))
        }
        for key in keys where key.hasPrefix("country.") || key.hasPrefix("others.") { _ = change(key, 0, 2) }
        for key in keys where key.hasPrefix("channel.") && !key.hasSuffix("%") { _ = change(key, 0, 1) }
        for key in ["cross-sector", "cross-stage", "satisfied", "satisfied.answered"] where keys.contains(key) {
            _ = change(key, 0, 1)
        }

        var result = Result()
        guard problem.solve(budget: budget) == .feasible else {
            result.inconsistent = true
            return result
        }
        for key in keys.sorted() where !key.hasSuffix("%") {
            guard let index = problem.index(of: "Δ\(key)") else { continue }
            let bothPublished =
                Int(old.figures["\(round):\(key)"] ?? "") != nil && Int(new.figures["\(round):\(key)"] ?? "") != nil
            // A difference between two published numbers is public anyway, except that it
            // pins the added pair's status, region or sector.
            if bothPublished && !pinned.contains(key) { continue }
            queries.append((name: "Δ\(key)", terms: [(index, 1)]))
        }
        for query in queries {
            switch problem.onlyValue(of: query.terms, budget: budget) {
            case .value(let value) where (1..<threshold).contains(value): result.determined[query.name] = value
            case .budget: result.undecided.append(query.name)
            default: break
            }
        }
        return result
    }
}

// MARK: - The reader's model of one release

extension ExactAttacker {
    struct Model {
        let attacker: ExactAttacker
        let round: String
        /// Distinguishes the two releases in a differencing attack.
        let prefix: String
        var problem: Problem
        /// The published equations, by the unknowns they hold with their coefficients; the
        /// subset sums of (b) are taken over their hidden parts.
        var published: [(name: String, parts: [Int])] = []
        /// Hidden figures, each a question on its own.
        var hiddenFigures: [(name: String, index: Int)] = []

        init(attacker: ExactAttacker, round: String, prefix: String, problem: Problem? = nil) {
            self.attacker = attacker
            self.round = round
            self.prefix = prefix
            // The round file's figures bound the unknowns only for a reader who knows they are the pair file's (f).
            let program = attacker.knowledge.contains(.program)
            let pairs = attacker.number("\(round):pairs") ?? (program ? attacker.number("\(round):program.pairs") : nil)
            let participants =
                attacker.number("\(round):participants")
                ?? (program ? attacker.number("\(round):program.participants") : nil)
            let maximum = participants ?? pairs.map { 2 * $0 } ?? 1000
            self.problem = problem ?? Problem(maximum: max(maximum, 2))
        }

        var k: Int { attacker.threshold }
        func has(_ knowledge: Knowledge) -> Bool { attacker.knowledge.contains(knowledge) }
        func text(_ key: String) -> String? { attacker.figures["\(round):\(key)"] }
        func keys(_ start: String) -> [String] {
            attacker.figures.keys.filter { $0.hasPrefix("\(round):\(start)") && !$0.hasSuffix("%") }
                .map { String($0.dropFirst(round.count + 1)) }.sorted()
        }

        /// (a) What a label says: a number is exact (zeros too); "fewer than k" is 1 … k − 1;
        /// "withheld" is 1 or more (k or more under the old documentation); a figure that is not
        /// published at all is any count from 0.
        func term(_ key: String, in problem: inout Problem) -> Problem.Term {
            let name = prefix + key
            guard let text = text(key) else { return .variable(problem.unknown(name, lower: 0)) }
            if let value = Int(text.replacingOccurrences(of: ",", with: "")) { return .constant(value) }
            guard has(.labels) else { return .variable(problem.unknown(name, lower: 0)) }
            if text == "fewer than \(k)" { return .variable(problem.unknown(name, lower: 1, upper: k - 1)) }
            if text == "withheld" {
                return .variable(problem.unknown(name, lower: attacker.withheldMeansAtLeastK ? k : 1))
            }
            // "all but fewer than k": the count is withheld (≥ 1), its complement is small.
            return .variable(problem.unknown(name, lower: 1))
        }

        mutating func term(_ key: String) -> Problem.Term {
            let t = term(key, in: &problem)
            if case .variable(let index) = t, text(key) != nil, !hiddenFigures.contains(where: { $0.index == index }) {
                hiddenFigures.append((name: prefix + key, index: index))
            }
            return t
        }

        /// A published sum: total = Σ weight × part.
        mutating func sum(_ name: String, total: Problem.Term, parts: [(Problem.Term, Int)]) {
            problem.equation(parts + [(total, -1)])
            published.append(
                (name: prefix + name, parts: parts.compactMap { if case .variable(let i) = $0.0 { i } else { nil } }))
        }

        /// base = count + rest, where the rest is small when the count reads "all but fewer than k".
        mutating func split(_ key: String, base: Problem.Term) {
            guard let text = text(key) else { return }
            let rest =
                text == "all but fewer than \(k)" && has(.labels)
                ? problem.unknown("\(prefix)rest of \(key)", lower: 1, upper: k - 1)
                : problem.unknown("\(prefix)rest of \(key)", lower: 0)
            if text == "all but fewer than \(k)" && has(.labels) {
                hiddenFigures.append((name: "\(prefix)rest of \(key)", index: rest))
            }
            sum("\(key) + rest", total: base, parts: [(term(key), 1), (.variable(rest), 1)])
        }

        mutating func build() {
            let pairs = term("pairs")
            let participants = term("participants")
            problem.equation([(participants, 1), (pairs, -2)])

            // (f) The round file's figures are the pair file's.
            if has(.program) {
                if text("program.pairs") != nil { problem.equation([(term("program.pairs"), 1), (pairs, -1)]) }
                if text("program.participants") != nil {
                    problem.equation([(term("program.participants"), 1), (participants, -1)])
                }
            }

            let regionKeys = keys("region.")
            let regions = regionKeys.map { String($0.dropFirst("region.".count)) }
            if !regionKeys.isEmpty { sum("regions", total: participants, parts: regionKeys.map { (term($0), 1) }) }
            func cell(_ a: String, _ b: String) -> String {
                (Region(rawValue: a) ?? .antarctica) <= (Region(rawValue: b) ?? .antarctica)
                    ? "matrix.\(a).\(b)" : "matrix.\(b).\(a)"
            }
            var unnamed: [(Int, Int)] = []  // (unknown number of unnamed countries, 1)
            for region in regions {
                let regionTerm = term("region.\(region)")
                // Named countries in page order: largest first.
                let named = attacker.order.filter { $0.hasPrefix("\(round):country.") }
                    .map { String($0.dropFirst(round.count + 1)) }
                    .filter { Country.code(String($0.dropFirst("country.".count)))?.region.rawValue == region }
                let named2 =
                    named.isEmpty
                    ? keys("country.").filter {
                        Country.code(String($0.dropFirst("country.".count)))?.region.rawValue == region
                    }
                    : named
                let others = text("others.\(region)") != nil ? ["others.\(region)"] : []
                if !(named2 + others).isEmpty {
                    sum("countries of \(region)", total: regionTerm, parts: (named2 + others).map { (term($0), 1) })
                }
                sum(
                    "row \(region)", total: regionTerm,
                    parts: regions.map { (term(cell(region, $0)), $0 == region ? 2 : 1) })

                // (c) Countries represented: an unnamed country holds at least one participant.
                let u = problem.unknown("\(prefix)unnamed countries in \(region)", lower: 0)
                unnamed.append((u, 1))
                if has(.countries) {
                    if !others.isEmpty {
                        // An "others" row exists only for at least one unnamed country.
                        problem.bound(u, lower: 1)
                        problem.atMost([(.variable(u), 1), (term(others[0]), -1)], 0)
                    } else if named2.isEmpty {
                        problem.bound(u, lower: 1)
                        problem.atMost([(.variable(u), 1), (regionTerm, -1)], 0)
                    } else {
                        problem.bound(u, upper: 0)
                    }
                }
                // (e) Order: listed largest first (ties by code), unnamed ones no larger than the smallest.
                if has(.order), !named.isEmpty {
                    for (a, b) in zip(named, named.dropFirst()) {
                        let strict = a > b ? 1 : 0  // a tie would list the smaller code first
                        problem.atMost([(term(b), 1), (term(a), -1)], -strict)
                    }
                    if let o = others.first {
                        // others ≤ u × smallest named.
                        switch (term(o), term(named.last!)) {
                        case (_, .constant(let m)): problem.atMost([(term(o), 1), (.variable(u), -m)], 0)
                        case (.variable(let ov), .variable(let mv)): problem.product(ov, atMost: u, times: mv)
                        case (.constant(let value), .variable(let mv)):
                            let copy = problem.unknown(
                                "\(prefix)others.\(region) as published", lower: value, upper: value)
                            problem.product(copy, atMost: u, times: mv)
                        }
                    }
                }
                // (g) Partners live in different countries: a pair within the region joins two of its
                // countries, so a country holds at most one partner of each diagonal pair.
                if has(.differentCountries) {
                    for country in named2 + others where country.hasPrefix("country.") {
                        problem.atMost([(term(country), 1), (regionTerm, -1), (term(cell(region, region)), 1)], 0)
                    }
                }
            }
            if has(.countries),
                let represented = attacker.number("\(round):countries")
                    ?? attacker.number("\(round):program.countries"), !regions.isEmpty
            {
                let namedCount = keys("country.").count
                problem.equation(unnamed.map { (.variable($0.0), $0.1) } + [(.constant(represented - namedCount), -1)])
            }
            let matrixKeys = keys("matrix.")
            if !matrixKeys.isEmpty { sum("matrix", total: pairs, parts: matrixKeys.map { (term($0), 1) }) }

            for (start, total) in [("sector.", participants), ("stage.", participants), ("status.", pairs)] {
                let parts = keys(start)
                if !parts.isEmpty { sum(start, total: total, parts: parts.map { (term($0), 1) }) }
            }
            for key in keys("channel.") + ["cross-sector", "cross-stage"] { split(key, base: pairs) }
            if text("satisfied") != nil {
                let answered = term("satisfied.answered")
                split("satisfied", base: answered)
                let silent = problem.unknown("\(prefix)silent", lower: 0)
                problem.equation([(answered, 1), (.variable(silent), 1), (pairs, -1)])
            }
            // (d) The structure of a pair: x[s][t] pairs join sector s with sector t.
            if has(.pairStructure) {
                for (start, codes, cross) in [
                    ("sector.", Sector.allCases.map(\.rawValue), "cross-sector"),
                    ("stage.", CareerStage.allCases.map(\.rawValue), "cross-stage"),
                ]
                where !keys(start).isEmpty {
                    var x: [[Int]] = Array(repeating: Array(repeating: -1, count: codes.count), count: codes.count)
                    for i in codes.indices {
                        for j in i..<codes.count {
                            x[i][j] = problem.unknown("\(prefix)\(start)pairs \(codes[i])–\(codes[j])", lower: 0)
                            x[j][i] = x[i][j]
                        }
                    }
                    for (i, code) in codes.enumerated() {
                        problem.equation(
                            codes.indices.map { (.variable(x[i][$0]), $0 == i ? 2 : 1) } + [
                                (term("\(start)\(code)"), -1)
                            ])
                    }
                    let all = codes.indices.flatMap { i in (i..<codes.count).map { x[i][$0] } }
                    problem.equation(all.map { (.variable($0), 1) } + [(pairs, -1)])
                    if text(cross) != nil {
                        let off = codes.indices.flatMap { i in ((i + 1)..<codes.count).map { x[i][$0] } }
                        problem.equation(off.map { (.variable($0), 1) } + [(term(cross), -1)])
                    }
                }
            }
            // Percentages, rounded half up as the site rounds.
            for (key, text) in attacker.figures where key.hasPrefix("\(round):") && key.hasSuffix("%") {
                let countKey = String(key.dropFirst(round.count + 1).dropLast())
                let baseKey =
                    countKey.hasPrefix("sector.") || countKey.hasPrefix("stage.")
                    ? "participants" : countKey == "satisfied" ? "satisfied.answered" : "pairs"
                if let percent = Int(text.dropLast()), let base = attacker.number("\(round):\(baseKey)"), base > 0,
                    case .variable(let index) = term(countKey)
                {
                    let candidates = (0...base).filter { (200 * $0 + base) / (2 * base) == percent }
                    if let first = candidates.first, let last = candidates.last {
                        problem.bound(index, lower: first, upper: last)
                    }
                }
            }
        }

        /// The questions: every hidden figure, and (b) every sum of up to 3 hidden parts of one
        /// published equation, or every subset when it has at most 8 hidden parts.
        func queries() -> [(name: String, terms: [(Int, Int)])] {
            var result: [(name: String, terms: [(Int, Int)])] = hiddenFigures.map { ($0.name, [($0.index, 1)]) }
            guard has(.subsetSums) else { return result }
            var seen = Set(result.map { $0.terms.map(\.0) })
            for equation in published {
                let parts = Array(Set(equation.parts)).sorted()
                let limit = parts.count <= 8 ? parts.count : 3
                guard parts.count >= 2 else { continue }
                func visit(_ start: Int, _ chosen: [Int]) {
                    if chosen.count >= 2, !seen.contains(chosen) {
                        seen.insert(chosen)
                        result.append(
                            (chosen.map { problem.names[$0] }.joined(separator: " + "), chosen.map { ($0, 1) }))
                    }
                    guard chosen.count < limit else { return }
                    for next in start..<parts.count { visit(next + 1, chosen + [parts[next]]) }
                }
                visit(0, [])
            }
            return result
        }
    }

    func number(_ key: String) -> Int? {
        figures[key].flatMap { Int($0.replacingOccurrences(of: ",", with: "")) }
    }
}

// MARK: - Integer problems

extension ExactAttacker {
    /// Linear equations and inequalities over bounded integer unknowns, plus products
    /// a ≤ u × m, solved exactly by GLPK within a time budget in seconds.
    struct Problem {
        enum Term {
            case constant(Int)
            case variable(Int)
        }
        enum Outcome { case feasible, infeasible, budget }
        enum Answer {
            case value(Int)
            case several, budget, infeasible
        }

        let maximum: Int
        private(set) var names: [String] = []
        private var byName: [String: Int] = [:]
        var lower: [Int] = []
        var upper: [Int] = []
        /// Σ c × x (= or ≤) b.
        private var linear: [(terms: [(Int, Int)], bound: Int, equal: Bool)] = []
        private var products: [(a: Int, u: Int, m: Int)] = []
        /// Solutions found so far, to answer questions without search where they disagree.
        private var solutions: [[Int]] = []

        init(maximum: Int) { self.maximum = maximum }

        func index(of name: String) -> Int? { byName[name] }

        mutating func unknown(_ name: String, lower low: Int, upper high: Int? = nil) -> Int {
            if let index = byName[name] {
                bound(index, lower: low, upper: high)
                return index
            }
            names.append(name)
            lower.append(low)
            upper.append(high ?? maximum)
            byName[name] = names.count - 1
            return names.count - 1
        }

        mutating func bound(_ index: Int, lower low: Int? = nil, upper high: Int? = nil) {
            if let low { lower[index] = max(lower[index], low) }
            if let high { upper[index] = min(upper[index], high) }
        }

        private static func normal(_ terms: [(Term, Int)]) -> ([(Int, Int)], Int) {
            var variables: [Int: Int] = [:]
            var constant = 0
            for (term, coefficient) in terms {
                switch term {
                case .constant(let value): constant -= coefficient * value
                case .variable(let index): variables[index, default: 0] += coefficient
                }
            }
            return (variables.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, constant)
        }

        /// Σ coefficient × term = 0.
        mutating func equation(_ terms: [(Term, Int)]) {
            let (variables, bound) = Self.normal(terms)
            linear.append((variables, bound, true))
        }

        /// Σ coefficient × term ≤ bound.
        mutating func atMost(_ terms: [(Term, Int)], _ bound: Int) {
            let (variables, constant) = Self.normal(terms)
            linear.append((variables, constant + bound, false))
        }

        /// a ≤ u × m.
        mutating func product(_ a: Int, atMost u: Int, times m: Int) { products.append((a, u, m)) }

        // MARK: Search, by GLPK through IntegerProgramming

        /// The program as GLPK sees it; a ≤ u × m becomes a ≤ Σⱼ zⱼ with zⱼ ≤ m and zⱼ ≤ max(m) × bⱼ,
        /// where the binaries b₁ ≥ b₂ ≥ … add up to u — exact for integer u.
        private func program() -> IntegerProgram {
            var program = IntegerProgram()
            for index in lower.indices {
                _ = program.variable(lower: lower[index], upper: max(lower[index], upper[index]))
            }
            for constraint in linear {
                let terms = constraint.terms.map { (variable: $0.0, coefficient: $0.1) }
                if constraint.equal {
                    program.require(terms, equals: constraint.bound)
                } else {
                    program.require(terms, atMost: constraint.bound)
                }
            }
            for (a, u, m) in products {
                var binaries: [Int] = []
                var parts: [Int] = []
                for _ in 0..<max(upper[u], 0) {
                    let b = program.variable(lower: 0, upper: 1)
                    let z = program.variable(lower: 0, upper: upper[m])
                    if let previous = binaries.last { program.require([(previous, -1), (b, 1)], atMost: 0) }
                    program.require([(z, 1), (m, -1)], atMost: 0)
                    program.require([(z, 1), (b, -upper[m])], atMost: 0)
                    binaries.append(b)
                    parts.append(z)
                }
                program.require(binaries.map { ($0, 1) } + [(u, -1)], equals: 0)
                program.require(parts.map { ($0, -1) } + [(a, 1)], atMost: 0)
            }
            return program
        }

        private var solver: IntegerProgram.Solver?

        mutating func solve(budget: Int) -> Outcome {
            let solver = program().solver()
            self.solver = solver
            guard let first = solver.optimum(of: [], maximize: false, seconds: budget) else { return .infeasible }
            solutions.append(Array(first.point.prefix(lower.count)))
            return .feasible
        }

        /// Whether Σ terms has exactly one possible value, and which.
        mutating func onlyValue(of terms: [(Int, Int)], budget: Int) -> Answer {
            let values = Set(solutions.map { s in terms.reduce(0) { $0 + $1.1 * s[$1.0] } })
            if values.count > 1 { return .several }
            guard let solver, values.first != nil else { return .infeasible }
            let objective = terms.map { (variable: $0.0, coefficient: $0.1) }
            guard let low = solver.optimum(of: objective, maximize: false, seconds: budget),
                let high = solver.optimum(of: objective, maximize: true, seconds: budget)
            else { return .budget }
            if low.value != high.value {
                solutions.append(Array(low.point.prefix(lower.count)))
                solutions.append(Array(high.point.prefix(lower.count)))
                return .several
            }
            return .value(low.value)
        }
    }
}
