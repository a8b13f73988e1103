/// Every count a round publishes about its pairs, the sums and facts that tie them together,
/// and which of them can be shown.
///
/// The policy, for a threshold k:
/// - a count from 1 to k − 1 is a *primary* cell and is withheld;
/// - further non-zero counts are withheld (*secondary* suppression) until the fast checks below
///   pass and then until the exact audit (`DisclosureAudit`) finds nothing a reader can work
///   out. Zeros are always shown, so a reader knows a withheld count is at least 1, and
///   every withheld count reads the same, so a reader cannot tell a primary from a secondary.
///
/// Besides the published cells the model holds *auxiliary* cells: quantities a reader can
/// reason about but that no page shows (pairs by the sectors of both partners, the number of
/// countries not named in a region). They take part in the audit like withheld cells.
package struct DisclosureModel {
    package enum Visibility: Equatable {
        case published, primary, secondary, auxiliary
    }

    package typealias Cell = Int
    package typealias Terms = [(cell: Cell, coefficient: Int)]

    package let threshold: Int
    package private(set) var values: [Int] = []
    package internal(set) var visibility: [Visibility] = []
    /// Whether a cell counts people or pairs: only such a cell, or a sum of them, can single
    /// someone out. A number of countries is not one.
    private(set) var countsPeople: [Bool] = []
    /// Cells another part of the site already shows (a round file's participants): never withheld.
    private(set) var shownElsewhere: Set<Cell> = []
    /// Each equation says Σ coefficient × cell = 0.
    private(set) var equations: [Terms] = []
    /// Each inequality says Σ coefficient × cell ≤ bound.
    private(set) var inequalities: [(terms: Terms, bound: Int)] = []
    /// Auxiliary cells' bounds, as a reader knows them.
    private(set) var auxiliaryBounds: [Cell: ClosedRange<Int>] = [:]

    package init(threshold: Int) {
        self.threshold = threshold
    }

    package mutating func cell(_ value: Int) -> Cell {
        values.append(value)
        visibility.append(.published)
        countsPeople.append(true)
        return values.count - 1
    }

    /// A quantity no page shows; `countsPeople` false for a count of countries.
    package mutating func auxiliary(_ value: Int, bounds: ClosedRange<Int>, countsPeople: Bool = true) -> Cell {
        let cell = cell(value)
        visibility[cell] = .auxiliary
        self.countsPeople[cell] = countsPeople
        auxiliaryBounds[cell] = bounds
        return cell
    }

    /// A number every reader knows that is not a count of people (how many countries go unnamed):
    /// it is never withheld.
    package mutating func fact(_ value: Int) -> Cell {
        let cell = cell(value)
        countsPeople[cell] = false
        shownElsewhere.insert(cell)
        return cell
    }

    package mutating func showElsewhere(_ cell: Cell) {
        shownElsewhere.insert(cell)
    }

    /// `total` = Σ weight × part.
    package mutating func sum(_ total: Cell, of parts: [Cell], weights: [Int]? = nil) {
        var terms: [Cell: Int] = [total: -1]
        for (index, part) in parts.enumerated() { terms[part, default: 0] += weights?[index] ?? 1 }
        equations.append(Self.normalised(terms))
    }

    /// Σ coefficient × cell ≤ bound.
    package mutating func atMost(_ terms: Terms, _ bound: Int) {
        var merged: [Cell: Int] = [:]
        for term in terms { merged[term.cell, default: 0] += term.coefficient }
        inequalities.append((Self.normalised(merged), bound))
    }

    private static func normalised(_ terms: [Cell: Int]) -> Terms {
        terms.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { (cell: $0.key, coefficient: $0.value) }
    }

    package func isHidden(_ cell: Cell) -> Bool { visibility[cell] != .published }

    mutating func withhold(_ cell: Cell) {
        guard visibility[cell] == .published else { return }
        visibility[cell] = .secondary
    }

    /// Shows a withheld cell again: the audit found that a reader can work it out anyway.
    mutating func publish(_ cell: Cell) {
        guard visibility[cell] == .primary || visibility[cell] == .secondary else { return }
        visibility[cell] = .published
    }

    /// What a reader knows about a cell before any sum: a published value, a withheld count
    /// (at least 1, since zeros are shown), or an auxiliary cell's bounds.
    func bounds(of cell: Cell, limit: Int) -> ClosedRange<Int> {
        switch visibility[cell] {
        case .published: values[cell]...values[cell]
        case .primary, .secondary: 1...max(1, limit)
        case .auxiliary: auxiliaryBounds[cell]!.clamped(to: 0...max(limit, auxiliaryBounds[cell]!.lowerBound))
        }
    }

    /// Whether a hidden cell may be chosen to protect another: it must count something non-zero
    /// and not be shown elsewhere.
    func canWithhold(_ cell: Cell) -> Bool {
        visibility[cell] == .published && values[cell] != 0 && !shownElsewhere.contains(cell)
    }
}
