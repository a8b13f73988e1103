/// Integer solutions of a homogeneous linear system: the ways hidden counts can change together
/// without changing any published total. Exact integer arithmetic; if a number would overflow,
/// no basis is returned, which callers treat as "cannot prove the cells are protected".
enum IntegerNullSpace {
    /// A basis of { d : rows · d = 0 }, each vector primitive (its entries share no factor).
    static func basis(rows: [[Int]], columns: Int) -> [[Int]]? {
        var matrix = rows.filter { $0.contains { $0 != 0 } }
        var pivots: [(row: Int, column: Int)] = []
        var nextRow = 0
        for column in 0..<columns where nextRow < matrix.count {
            guard let found = (nextRow..<matrix.count).first(where: { matrix[$0][column] != 0 }) else { continue }
            matrix.swapAt(nextRow, found)
            for other in 0..<matrix.count where other != nextRow && matrix[other][column] != 0 {
                guard let reduced = eliminate(matrix[other], using: matrix[nextRow], at: column) else { return nil }
                matrix[other] = reduced
            }
            pivots.append((nextRow, column))
            nextRow += 1
        }
        let pivotColumns = Set(pivots.map(\.column))
        var basis: [[Int]] = []
        for free in 0..<columns where !pivotColumns.contains(free) {
            var scale = 1
            for pivot in pivots where matrix[pivot.row][free] != 0 {
                guard let next = lcm(scale, abs(matrix[pivot.row][pivot.column])) else { return nil }
                scale = next
            }
            var vector = [Int](repeating: 0, count: columns)
            vector[free] = scale
            for pivot in pivots where matrix[pivot.row][free] != 0 {
                let (product, overflow) = matrix[pivot.row][free].multipliedReportingOverflow(by: scale)
                guard !overflow else { return nil }
                vector[pivot.column] = -product / matrix[pivot.row][pivot.column]
            }
            basis.append(primitive(vector))
        }
        return basis
    }

    /// `row` with `column` cleared by a multiple of `pivotRow`, divided by its common factor.
    private static func eliminate(_ row: [Int], using pivotRow: [Int], at column: Int) -> [Int]? {
        let a = pivotRow[column]
        let b = row[column]
        var result = [Int](repeating: 0, count: row.count)
        for index in row.indices {
            let (left, overflowLeft) = row[index].multipliedReportingOverflow(by: a)
            let (right, overflowRight) = pivotRow[index].multipliedReportingOverflow(by: b)
            let (difference, overflow) = left.subtractingReportingOverflow(right)
            guard !overflowLeft, !overflowRight, !overflow else { return nil }
            result[index] = difference
        }
        return primitive(result)
    }

    static func primitive(_ vector: [Int]) -> [Int] {
        let divisor = vector.reduce(0) { gcd($0, $1) }
        return divisor > 1 ? vector.map { $0 / divisor } : vector
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (abs(a), abs(b))
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    private static func lcm(_ a: Int, _ b: Int) -> Int? {
        let (product, overflow) = (a / gcd(a, b)).multipliedReportingOverflow(by: b)
        return overflow ? nil : product
    }
}
