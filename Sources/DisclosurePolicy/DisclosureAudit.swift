import IntegerProgramming

/// The exact audit: what a reader who solves integer programs can work out from everything a
/// round's page shows and every fact the model states (sums, the structure of a pair, the
/// order of lists, the bounds the labels imply).
///
/// It asks, for each withheld count and each sum of withheld parts of one published total,
/// whether every integer table consistent with what is known gives it the same value. It
/// keeps a growing set of directions in which the hidden cells can move together (differences
/// of feasible tables found by the solver); a sum that some known direction moves is not
/// determined, and only a sum that none moves costs two solver calls. Each call either finds a
/// new direction or proves the sum fixed, so the work grows with the number of hidden cells,
/// not with the number of sums.
struct DisclosureAudit {
    typealias Cell = DisclosureModel.Cell

    /// A count of people or pairs, from 1 to k − 1, that a reader can work out (or could not be
    /// proven safe: the solver gave no answer).
    struct Finding: Equatable {
        let cells: [Cell]
        /// Nil when the solver gave no answer.
        let value: Int?
    }

    private(set) var findings: [Finding] = []
    /// Withheld cells whose value a reader can work out anyway; they protect nothing.
    private(set) var determined: [Cell] = []
    /// Moves between feasible tables, by cell. Withholding more only adds freedom, so the moves
    /// found for one model still hold after more is withheld: pass them to the next audit.
    private(set) var moves: [[Cell: Int]] = []

    /// `stopsAtFirstFinding` is for a caller that only needs to know where to withhold next.
    init(_ model: DisclosureModel, knownMoves: [[Cell: Int]] = [], stopsAtFirstFinding: Bool = false) {
        moves = knownMoves
        let hidden = model.values.indices.filter(model.isHidden)
        guard !hidden.isEmpty else { return }
        let column = Dictionary(uniqueKeysWithValues: hidden.enumerated().map { ($1, $0) })
        let limit = max(1_000, 4 * (model.values.max() ?? 0))
        var program = IntegerProgram()
        for cell in hidden {
            let bounds = model.bounds(of: cell, limit: limit)
            _ = program.variable(lower: bounds.lowerBound, upper: bounds.upperBound)
        }
        func split(_ terms: DisclosureModel.Terms) -> (variables: [IntegerProgram.Term], known: Int) {
            var variables: [IntegerProgram.Term] = []
            var known = 0
            for term in terms {
                if let index = column[term.cell] {
                    variables.append((index, term.coefficient))
                } else {
                    known += term.coefficient * model.values[term.cell]
                }
            }
            return (variables, known)
        }
        for equation in model.equations {
            let (variables, known) = split(equation)
            if !variables.isEmpty { program.require(variables, equals: -known) }
        }
        for (terms, bound) in model.inequalities {
            let (variables, known) = split(terms)
            if !variables.isEmpty { program.require(variables, atMost: bound - known) }
        }

        let truth = hidden.map { model.values[$0] }
        let rows = model.equations.map { equation in
            var row = [Int](repeating: 0, count: hidden.count)
            for term in equation { if let index = column[term.cell] { row[index] += term.coefficient } }
            return row
        }
        var search = DirectionSearch(
            solver: program.solver(), truth: truth,
            equationDirections: IntegerNullSpace.basis(rows: rows, columns: hidden.count),
            directions: knownMoves.map { move in hidden.map { move[$0] ?? 0 } })
        defer {
            moves = search.directions.map { direction in
                Dictionary(uniqueKeysWithValues: zip(hidden, direction).filter { $0.1 != 0 })
            }
        }
        for candidate in Self.candidates(model, hidden: hidden) {
            if stopsAtFirstFinding && !findings.isEmpty { return }
            // A fixed sum has its true value, so only a true value from 1 to k − 1 can be a
            // finding; others matter only as single withheld cells that could be shown.
            let trueValue = candidate.reduce(0) { $0 + model.values[$1] }
            if !(1..<model.threshold).contains(trueValue),
                stopsAtFirstFinding || candidate.count > 1 || model.visibility[candidate[0]] == .auxiliary
            {
                continue
            }
            let terms = candidate.map { (column[$0]!, 1) }
            switch search.fixedValue(of: terms) {
            case .moves: continue
            case .fixed(let value):
                if candidate.count == 1 && model.visibility[candidate[0]] != .auxiliary {
                    determined.append(candidate[0])
                }
                if (1..<model.threshold).contains(value) { findings.append(Finding(cells: candidate, value: value)) }
            case .unknown:
                findings.append(Finding(cells: candidate, value: nil))
            }
        }
    }

    var passes: Bool { findings.isEmpty }

    /// Each hidden count alone, and the sums of hidden parts of one published total that a reader
    /// could form: every subset of up to eight parts, and pairs and triples of more.
    private static func candidates(_ model: DisclosureModel, hidden: [Cell]) -> [[Cell]] {
        var seen = Set<[Cell]>()
        var result: [[Cell]] = []
        func add(_ cells: [Cell]) {
            let sorted = cells.sorted()
            if seen.insert(sorted).inserted { result.append(sorted) }
        }
        for cell in hidden where model.countsPeople[cell] { add([cell]) }
        for equation in model.equations {
            let parts = equation.filter { $0.coefficient > 0 && model.isHidden($0.cell) && model.countsPeople[$0.cell] }
                .map(\.cell)
            guard parts.count >= 2 else { continue }
            if parts.count <= 8 {
                for mask in 1..<(1 << parts.count) where mask.nonzeroBitCount >= 2 {
                    add(parts.indices.filter { mask & (1 << $0) != 0 }.map { parts[$0] })
                }
            } else {
                for i in parts.indices {
                    for j in parts.indices where j > i {
                        add([parts[i], parts[j]])
                        for l in parts.indices where l > j { add([parts[i], parts[j], parts[l]]) }
                    }
                }
            }
        }
        return result
    }
}

/// Directions in which the hidden cells can move together without leaving the feasible tables.
private struct DirectionSearch {
    enum Outcome {
        case moves
        case fixed(Int)
        case unknown
    }

    let solver: IntegerProgram.Solver
    let truth: [Int]
    /// A basis of the moves the published equations allow, ignoring bounds and inequalities;
    /// nil if it could not be computed. A sum that none of them moves is fixed by the equations
    /// alone — as a table's whole hidden part always is — and needs no solver.
    let equationDirections: [[Int]]?
    private(set) var directions: [[Int]]

    init(solver: IntegerProgram.Solver, truth: [Int], equationDirections: [[Int]]?, directions: [[Int]]) {
        self.solver = solver
        self.truth = truth
        self.equationDirections = equationDirections
        self.directions = directions
    }

    mutating func fixedValue(of terms: [IntegerProgram.Term]) -> Outcome {
        let value = terms.reduce(0) { $0 + $1.coefficient * truth[$1.variable] }
        if moved(terms) { return .moves }
        if let equationDirections, !equationDirections.contains(where: { Self.moves(terms, $0) }) {
            return .fixed(value)
        }
        for maximize in [true, false] {
            guard let solution = solver.optimum(of: terms, maximize: maximize) else { return .unknown }
            if solution.value != value {
                directions.append(zip(solution.point, truth).map { $0 - $1 })
                return .moves
            }
        }
        return .fixed(value)
    }

    private func moved(_ terms: [IntegerProgram.Term]) -> Bool {
        directions.contains { Self.moves(terms, $0) }
    }

    private static func moves(_ terms: [IntegerProgram.Term], _ direction: [Int]) -> Bool {
        terms.reduce(0) { $0 + $1.coefficient * direction[$1.variable] } != 0
    }
}
