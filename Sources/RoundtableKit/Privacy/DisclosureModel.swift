/// Every count a round publishes about its pairs, the sums that tie them together, and which
/// of them can be shown.
///
/// The policy, for a threshold k:
/// - a count from 1 to k − 1 is a *primary* cell, shown as "fewer than k";
/// - the hidden cells of a sum whose total is published must not add up to 1 … k − 1, since
///   that sum is a count a reader gets by subtraction;
/// - every primary cell must be *protected*: there must be another table, consistent with
///   everything published, in which that cell has a different value. The proof is a witness:
///   an integer change of the hidden cells that keeps every published sum, keeps primary cells
///   within 1 … k − 1 and other hidden cells at k or more, and moves the cell.
/// Until both hold, the smallest published non-zero count next to the problem is withheld too
/// (*secondary* suppression). If nothing is left to withhold, every count is withheld.
struct DisclosureModel {
    enum Visibility: Equatable {
        case published, primary, secondary
    }

    typealias Cell = Int

    let threshold: Int
    private(set) var values: [Int] = []
    private(set) var visibility: [Visibility] = []
    /// Each equation says Σ coefficient × cell = 0.
    private(set) var equations: [[(cell: Cell, coefficient: Int)]] = []

    init(threshold: Int) {
        self.threshold = threshold
    }

    mutating func cell(_ value: Int) -> Cell {
        values.append(value)
        visibility.append(.published)
        return values.count - 1
    }

    /// `total` = Σ weight × part.
    mutating func sum(_ total: Cell, of parts: [Cell], weights: [Int]? = nil) {
        var terms: [Cell: Int] = [total: -1]
        for (index, part) in parts.enumerated() { terms[part, default: 0] += weights?[index] ?? 1 }
        equations.append(terms.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { (cell: $0.key, coefficient: $0.value) })
    }

    func published(_ cell: Cell) -> ProtectedCount {
        switch visibility[cell] {
        case .published: .count(values[cell])
        case .primary: .fewerThan(threshold)
        case .secondary: .withheld
        }
    }

    func isHidden(_ cell: Cell) -> Bool { visibility[cell] != .published }

    // MARK: - Protection

    mutating func protect() {
        for cell in values.indices where (1..<threshold).contains(values[cell]) { visibility[cell] = .primary }
        while let problem = firstProblem() {
            guard let next = secondaryCandidate(for: problem) else {
                for cell in values.indices where values[cell] != 0 && visibility[cell] == .published { visibility[cell] = .secondary }
                return
            }
            visibility[next] = .secondary
        }
    }

    /// A sum whose hidden cells add up to a small count, or a primary cell not yet protected.
    private enum Problem {
        case smallSum(equation: Int)
        case unprotected(Cell)
    }

    private func firstProblem() -> Problem? {
        for (index, equation) in equations.enumerated() {
            let hidden = equation.filter { isHidden($0.cell) }
            guard !hidden.isEmpty else { continue }
            // Only when every hidden term counts the same way is their sum a count.
            let signs = Set(hidden.map { $0.coefficient > 0 })
            guard signs.count == 1 else { continue }
            let known = abs(equation.filter { !isHidden($0.cell) }.reduce(0) { $0 + $1.coefficient * values[$1.cell] })
            if (1..<threshold).contains(known) { return .smallSum(equation: index) }
        }
        let primaries = values.indices.filter { visibility[$0] == .primary }
        guard !primaries.isEmpty else { return nil }
        let witnesses = WitnessSearch(model: self)
        return primaries.first { !witnesses.canChange($0) }.map(Problem.unprotected)
    }

    /// The cell to withhold next: in the problem's own sums if possible, a part before a total,
    /// the smallest first; otherwise anywhere around the hidden cells the problem touches.
    private func secondaryCandidate(for problem: Problem) -> Cell? {
        let own: [[(cell: Cell, coefficient: Int)]]
        let start: [Cell]
        switch problem {
        case .smallSum(let index):
            own = [equations[index]]
            start = equations[index].map(\.cell).filter(isHidden)
        case .unprotected(let cell):
            own = equations.filter { $0.contains { $0.cell == cell } }
            start = [cell]
        }
        func rank(_ term: (cell: Cell, coefficient: Int)) -> Int { term.coefficient < 0 ? 1 : 0 }
        let nearby = own.flatMap { $0 }.filter { !isHidden($0.cell) && values[$0.cell] != 0 }
        if let best = nearby.min(by: { (rank($0), values[$0.cell], $0.cell) < (rank($1), values[$1.cell], $1.cell) }) {
            return best.cell
        }
        var component = Set(start)
        var changed = true
        while changed {
            changed = false
            for equation in equations where equation.contains(where: { component.contains($0.cell) }) {
                for term in equation where isHidden(term.cell) && !component.contains(term.cell) {
                    component.insert(term.cell)
                    changed = true
                }
            }
        }
        let candidates = equations
            .filter { equation in equation.contains { component.contains($0.cell) } }
            .flatMap { $0.map(\.cell) }
            .filter { !isHidden($0) && values[$0] != 0 }
        return candidates.min { (values[$0], $0) < (values[$1], $1) }
    }

    /// What a reader knows about a hidden cell.
    func bounds(of cell: Cell) -> ClosedRange<Int> {
        switch visibility[cell] {
        case .published: values[cell]...values[cell]
        case .primary: 1...(threshold - 1)
        case .secondary: threshold...Int.max / 4
        }
    }
}
