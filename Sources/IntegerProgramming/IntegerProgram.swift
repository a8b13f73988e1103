import CGLPK
import Foundation

/// A bounded integer linear program, solved exactly by GLPK's branch and cut.
///
/// Variables are integers within their bounds; constraints are `lower ≤ Σ coefficient × x ≤ upper`.
/// The same program can be optimised for many objectives: the disclosure audit asks for the
/// smallest and largest value of one hidden count after another.
public struct IntegerProgram: Sendable {
    public typealias Term = (variable: Int, coefficient: Int)

    struct Constraint: Sendable {
        let terms: [Term]
        let lower: Int?
        let upper: Int?
    }

    private(set) var bounds: [(lower: Int, upper: Int)] = []
    private(set) var constraints: [Constraint] = []

    public init() {}

    public var variableCount: Int { bounds.count }

    public mutating func variable(lower: Int, upper: Int) -> Int {
        bounds.append((lower, upper))
        return bounds.count - 1
    }

    /// Σ terms = value.
    public mutating func require(_ terms: [Term], equals value: Int) {
        constraints.append(Constraint(terms: terms, lower: value, upper: value))
    }

    /// Σ terms ≤ value.
    public mutating func require(_ terms: [Term], atMost value: Int) {
        constraints.append(Constraint(terms: terms, lower: nil, upper: value))
    }

    /// Σ terms ≥ value.
    public mutating func require(_ terms: [Term], atLeast value: Int) {
        constraints.append(Constraint(terms: terms, lower: value, upper: nil))
    }

    /// An optimal solution: the objective's value and every variable's.
    public struct Solution: Sendable {
        public let value: Int
        public let point: [Int]
    }

    /// Opens a solver on this program; each `optimum` call reuses it.
    public func solver() -> Solver { Solver(self) }

    /// GLPK's problem object for one program. GLPK is not safe to call from two threads at once,
    /// so every call into it holds one lock.
    public final class Solver {
        private let problem: OpaquePointer
        private let count: Int

        fileprivate init(_ program: IntegerProgram) {
            count = program.bounds.count
            problem = Self.glpk { () -> OpaquePointer in
                glp_term_out(GLP_OFF)
                let problem = glp_create_prob()!
                if program.bounds.count > 0 { glp_add_cols(problem, Int32(program.bounds.count)) }
                for (index, bound) in program.bounds.enumerated() {
                    let column = Int32(index + 1)
                    glp_set_col_kind(problem, column, GLP_IV)
                    let kind = bound.lower == bound.upper ? GLP_FX : GLP_DB
                    glp_set_col_bnds(problem, column, kind, Double(bound.lower), Double(bound.upper))
                }
                if program.constraints.count > 0 { glp_add_rows(problem, Int32(program.constraints.count)) }
                var rows: [Int32] = [0]
                var columns: [Int32] = [0]
                var values: [Double] = [0]
                for (index, constraint) in program.constraints.enumerated() {
                    let row = Int32(index + 1)
                    switch (constraint.lower, constraint.upper) {
                    case (let lower?, let upper?) where lower == upper:
                        glp_set_row_bnds(problem, row, GLP_FX, Double(lower), Double(upper))
                    case (let lower?, let upper?): glp_set_row_bnds(problem, row, GLP_DB, Double(lower), Double(upper))
                    case (let lower?, nil): glp_set_row_bnds(problem, row, GLP_LO, Double(lower), 0)
                    case (nil, let upper?): glp_set_row_bnds(problem, row, GLP_UP, 0, Double(upper))
                    case (nil, nil): glp_set_row_bnds(problem, row, GLP_FR, 0, 0)
                    }
                    var merged: [Int: Int] = [:]
                    for term in constraint.terms { merged[term.variable, default: 0] += term.coefficient }
                    for (variable, coefficient) in merged.sorted(by: { $0.key < $1.key }) where coefficient != 0 {
                        rows.append(row)
                        columns.append(Int32(variable + 1))
                        values.append(Double(coefficient))
                    }
                }
                glp_load_matrix(problem, Int32(rows.count - 1), rows, columns, values)
                return problem
            }
        }

        deinit {
            let problem = self.problem
            Self.glpk { glp_delete_prob(problem) }
        }

        /// The largest (or smallest) value of Σ objective over the program; nil when the
        /// program is infeasible or the solver gave no proven optimum within its time limit.
        public func optimum(of objective: [Term], maximize: Bool, seconds: Int = 20) -> Solution? {
            Self.glpk { () -> Solution? in
                for column in 0..<count { glp_set_obj_coef(problem, Int32(column + 1), 0) }
                var merged: [Int: Int] = [:]
                for term in objective { merged[term.variable, default: 0] += term.coefficient }
                for (variable, coefficient) in merged {
                    glp_set_obj_coef(problem, Int32(variable + 1), Double(coefficient))
                }
                glp_set_obj_dir(problem, maximize ? GLP_MAX : GLP_MIN)
                var parameters = glp_iocp()
                glp_init_iocp(&parameters)
                parameters.presolve = GLP_ON
                parameters.msg_lev = GLP_MSG_OFF
                parameters.tm_lim = Int32(seconds * 1000)
                guard glp_intopt(problem, &parameters) == 0, glp_mip_status(problem) == GLP_OPT else { return nil }
                let point = (0..<count).map { Int(glp_mip_col_val(problem, Int32($0 + 1)).rounded()) }
                let value = merged.reduce(0) { $0 + $1.value * point[$1.key] }
                return Solution(value: value, point: point)
            }
        }

        private static let lock = NSLock()

        private static func glpk<T>(_ body: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }
    }
}
