/// Looks for proof that a hidden cell cannot be worked out: an integer change of the hidden
/// cells that keeps every published sum and every bound a reader knows, and moves the cell.
/// It tries each vector of a null-space basis and each sum or difference of two, both ways.
/// Finding none means "not proven", and the model withholds more.
struct WitnessSearch {
    private let model: DisclosureModel
    private let hidden: [DisclosureModel.Cell]
    private let candidates: [[Int]]

    init(model: DisclosureModel) {
        self.model = model
        let hidden = model.values.indices.filter { model.isHidden($0) }
        self.hidden = hidden
        let columnOf = Dictionary(uniqueKeysWithValues: hidden.enumerated().map { ($1, $0) })
        let rows = model.equations.compactMap { equation -> [Int]? in
            var row = [Int](repeating: 0, count: hidden.count)
            var touches = false
            for term in equation {
                if let column = columnOf[term.cell] {
                    row[column] = term.coefficient
                    touches = true
                }
            }
            return touches ? row : nil
        }
        let basis = IntegerNullSpace.basis(rows: rows, columns: hidden.count) ?? []
        var vectors = basis
        for i in basis.indices {
            for j in basis.indices where j > i {
                vectors.append(IntegerNullSpace.primitive(zip(basis[i], basis[j]).map { $0 + $1 }))
                vectors.append(IntegerNullSpace.primitive(zip(basis[i], basis[j]).map { $0 - $1 }))
            }
        }
        candidates = vectors.flatMap { [$0, $0.map { -$0 }] }
    }

    func canChange(_ cell: DisclosureModel.Cell) -> Bool {
        guard let column = hidden.firstIndex(of: cell) else { return false }
        return candidates.contains { vector in
            vector[column] != 0
                && zip(hidden, vector).allSatisfy { cell, change in
                    let moved = model.values[cell].addingReportingOverflow(change)
                    return !moved.overflow && model.bounds(of: cell, limit: Int.max / 4).contains(moved.partialValue)
                }
        }
    }
}
