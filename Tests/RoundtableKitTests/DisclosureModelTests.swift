@testable import RoundtableKit
import Testing

/// The suppression engine on small tables whose right answer can be worked out by hand.
@Suite struct DisclosureModelTests {
    /// A one-way table: `total` = Σ `parts`.
    static func table(_ parts: [Int], threshold: Int = 5) -> (DisclosureModel, [DisclosureModel.Cell], DisclosureModel.Cell) {
        var model = DisclosureModel(threshold: threshold)
        let total = model.cell(parts.reduce(0, +))
        let cells = parts.map { model.cell($0) }
        model.sum(total, of: cells)
        model.protect()
        return (model, cells, total)
    }

    @Test func aTableWithoutSmallCountsIsPublishedWhole() {
        let (model, cells, total) = Self.table([20, 0, 35])
        #expect(cells.map(model.published) == [.count(20), .count(0), .count(35)])
        #expect(model.published(total) == .count(55))
    }

    @Test func oneSmallCountTakesTheSmallestOtherWithIt() {
        let (model, cells, _) = Self.table([20, 3, 30, 12])
        #expect(cells.map(model.published) == [.count(20), .fewerThan(5), .count(30), .withheld])
    }

    @Test func smallCountsThatAddUpToASmallCountAreProtectedTogether() {
        // 1 + 1 + 2 = 4 would be readable as total − 50, so 50 is withheld too.
        let (model, cells, total) = Self.table([50, 1, 1, 2])
        #expect(cells.map(model.published) == [.withheld, .fewerThan(5), .fewerThan(5), .fewerThan(5)])
        #expect(model.published(total) == .count(54))
    }

    @Test func aTotalBelowTheThresholdHidesTheWholeTable() {
        let (model, cells, total) = Self.table([2, 1])
        #expect(model.published(total) == .fewerThan(5))
        #expect(cells.map(model.published) == [.fewerThan(5), .fewerThan(5)])
    }

    @Test func aSharedCellIsProtectedInBothTablesItBelongsTo() {
        // Two tables share `shared`: hiding it in one must not let the other give it away.
        var model = DisclosureModel(threshold: 5)
        let first = model.cell(40), second = model.cell(40)
        let shared = model.cell(2)
        let a = model.cell(38), b = model.cell(30), c = model.cell(8)
        model.sum(first, of: [shared, a])
        model.sum(second, of: [shared, b, c])
        model.protect()
        #expect(model.published(shared) == .fewerThan(5))
        #expect(model.published(a) == .withheld)
        #expect(model.published(c) == .withheld)
        #expect(model.published(b) == .count(30))
    }

    @Test func theNullSpaceOfASumIsTheWaysToMoveBetweenItsCells() throws {
        let basis = try #require(IntegerNullSpace.basis(rows: [[1, 1, 1]], columns: 3))
        #expect(basis == [[-1, 1, 0], [-1, 0, 1]])
        let loops = try #require(IntegerNullSpace.basis(rows: [[2, 1, 0], [0, 1, 2]], columns: 3))
        #expect(loops == [[1, -2, 1]])
    }
}
