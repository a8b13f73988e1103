/// The fast first pass: primary cells, then secondary cells chosen next to each problem until
/// no published sum exposes a small total and every primary cell has a witness.
extension DisclosureModel {
    /// Returns false when nothing is left to withhold and a problem remains; the caller then
    /// publishes less.
    mutating func protect() -> Bool {
        for cell in values.indices
        where visibility[cell] == .published && countsPeople[cell] && (1..<threshold).contains(values[cell]) {
            if shownElsewhere.contains(cell) { return false }
            visibility[cell] = .primary
        }
        while let problem = firstProblem() {
            guard let next = secondaryCandidate(around: problem) else { return false }
            withhold(next)
        }
        return true
    }

    /// The fast pass, then the exact audit: withholds more next to whatever the audit finds
    /// until it finds nothing; false when nothing is left to withhold. Withheld cells that a
    /// reader can work out anyway protect nothing, and are shown.
    package mutating func protectExactly() -> Bool {
        guard protect() else { return false }
        var moves: [[Cell: Int]] = []
        while true {
            let first = DisclosureAudit(self, knownMoves: moves, stopsAtFirstFinding: true)
            moves = first.moves
            if first.passes {
                let audit = DisclosureAudit(self, knownMoves: moves)
                for cell in audit.determined where !(1..<threshold).contains(values[cell]) { publish(cell) }
                return true
            }
            let audit = first
            guard let next = secondaryCandidate(around: .unprotected(audit.findings[0].cells)) else { return false }
            withhold(next)
            guard protect() else { return false }
        }
    }

    /// A sum whose hidden cells add up to a small count, or a primary cell not yet protected.
    enum Problem {
        case smallSum(equation: Int)
        case unprotected([Cell])
    }

    private func firstProblem() -> Problem? {
        for (index, equation) in equations.enumerated() {
            let hidden = equation.filter { isHidden($0.cell) }
            guard !hidden.isEmpty, hidden.allSatisfy({ visibility[$0.cell] != .auxiliary }) else { continue }
            // Only when every hidden term counts the same way is their sum a count.
            let signs = Set(hidden.map { $0.coefficient > 0 })
            guard signs.count == 1 else { continue }
            let known = abs(equation.filter { !isHidden($0.cell) }.reduce(0) { $0 + $1.coefficient * values[$1.cell] })
            if (1..<threshold).contains(known) { return .smallSum(equation: index) }
        }
        let primaries = values.indices.filter { visibility[$0] == .primary }
        guard !primaries.isEmpty else { return nil }
        let witnesses = WitnessSearch(model: self)
        return primaries.first { !witnesses.canChange($0) }.map { Problem.unprotected([$0]) }
    }

    /// The cell to withhold next: in the problem's own sums if possible, a part before a total,
    /// the smallest first; otherwise anywhere around the hidden cells the problem touches.
    func secondaryCandidate(around problem: Problem) -> Cell? {
        let own: [Terms]
        let start: [Cell]
        switch problem {
        case .smallSum(let index):
            own = [equations[index]]
            start = equations[index].map(\.cell).filter(isHidden)
        case .unprotected(let cells):
            own = equations.filter { $0.contains { cells.contains($0.cell) } }
            start = cells
        }
        func rank(_ term: (cell: Cell, coefficient: Int)) -> Int { term.coefficient < 0 ? 1 : 0 }
        let nearby = own.flatMap { $0 }.filter { canWithhold($0.cell) }
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
        let candidates =
            equations
            .filter { equation in equation.contains { component.contains($0.cell) } }
            .flatMap { $0.map(\.cell) }
            .filter(canWithhold)
        return candidates.min { (values[$0], $0) < (values[$1], $1) }
    }
}
