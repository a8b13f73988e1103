import IntegerProgramming
import Testing

@Suite struct IntegerProgramTests {
    /// x + y = 7, x − y ≤ 1, both in 0…10: x is at most 4 (an LP would say 4 too, but 2x ≤ 8
    /// is integral here); with 2x + 2y = 7 there is no integer solution at all.
    @Test func findsIntegerOptimaAndRefusesInfeasiblePrograms() {
        var program = IntegerProgram()
        let x = program.variable(lower: 0, upper: 10)
        let y = program.variable(lower: 0, upper: 10)
        program.require([(x, 1), (y, 1)], equals: 7)
        program.require([(x, 1), (y, -1)], atMost: 1)
        let solver = program.solver()
        #expect(solver.optimum(of: [(x, 1)], maximize: true)?.value == 4)
        #expect(solver.optimum(of: [(x, 1)], maximize: false)?.value == 0)
        #expect(solver.optimum(of: [(y, 1)], maximize: false)?.point == [4, 3])

        var odd = IntegerProgram()
        let a = odd.variable(lower: 0, upper: 10)
        let b = odd.variable(lower: 0, upper: 10)
        odd.require([(a, 2), (b, 2)], equals: 7)
        #expect(odd.solver().optimum(of: [(a, 1)], maximize: true) == nil)
    }

    /// The LP relaxation's optimum is fractional; only branching gives the integer answer.
    @Test func branchesWhereTheRelaxationIsFractional() {
        var program = IntegerProgram()
        let x = program.variable(lower: 0, upper: 100)
        let y = program.variable(lower: 0, upper: 100)
        program.require([(x, 3), (y, 2)], atMost: 12)
        program.require([(x, 1), (y, -1)], atLeast: 1)
        program.require([(x, 2), (y, 5)], atLeast: 3)
        let best = program.solver().optimum(of: [(x, 1), (y, 1)], maximize: true)
        #expect(best?.value == 4)
    }
}
