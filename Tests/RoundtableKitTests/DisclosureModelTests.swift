import Testing

@testable import DisclosurePolicy
@testable import RoundtableKit

/// The suppression engine on small tables whose right answer can be worked out by hand.
@Suite struct DisclosureModelTests {
    /// A one-way table: `total` = Σ `parts`.
    static func table(_ parts: [Int], threshold: Int = 5) -> (
        DisclosureModel, [DisclosureModel.Cell], DisclosureModel.Cell
    ) {
        var model = DisclosureModel(threshold: threshold)
        let total = model.cell(parts.reduce(0, +))
        let cells = parts.map { model.cell($0) }
        model.sum(total, of: cells)
        let protectedAll = model.protectExactly()
        #expect(protectedAll)
        return (model, cells, total)
    }

    @Test func aTableWithoutSmallCountsIsPublishedWhole() {
        let (model, cells, total) = Self.table([20, 0, 35])
        #expect(cells.map(model.published) == [.count(20), .count(0), .count(35)])
        #expect(model.published(total) == .count(55))
    }

    @Test func oneSmallCountTakesTheSmallestOtherWithIt() {
        let (model, cells, _) = Self.table([20, 3, 30, 12])
        #expect(cells.map(model.published) == [.count(20), .withheld, .count(30), .withheld])
    }

    @Test func smallCountsThatAddUpToASmallCountAreProtectedTogether() {
        // 1 + 1 + 2 = 4 would be readable as total − 50, so 50 is withheld too.
        let (model, cells, total) = Self.table([50, 1, 1, 2])
        #expect(cells.map(model.published) == [.withheld, .withheld, .withheld, .withheld])
        #expect(model.published(total) == .count(54))
    }

    @Test func aTotalBelowTheThresholdHidesTheWholeTable() {
        let (model, cells, total) = Self.table([2, 1])
        #expect(model.published(total) == .withheld)
        #expect(cells.map(model.published) == [.withheld, .withheld])
    }

    @Test func aSharedCellIsProtectedInBothTablesItBelongsTo() {
        // Two tables share `shared`: hiding it in one must not let the other give it away.
        var model = DisclosureModel(threshold: 5)
        let first = model.cell(40)
        let second = model.cell(40)
        let shared = model.cell(2)
        let a = model.cell(38)
        let b = model.cell(30)
        let c = model.cell(8)
        model.sum(first, of: [shared, a])
        model.sum(second, of: [shared, b, c])
        let protectedAll = model.protectExactly()
        #expect(protectedAll)
        #expect(model.published(shared) == .withheld)
        #expect(model.published(a) == .withheld)
        #expect(model.published(c) == .withheld)
        #expect(model.published(b) == .count(30))
    }

    /// Zeros are shown, so a withheld count is at least 1: two withheld cells beside a published
    /// remainder of a total of 20 that leaves 2 are each 1. The audit sees it; each alone and
    /// their sum are findings.
    @Test func theAuditFindsCountsThatTheLabelsPinDown() {
        var model = DisclosureModel(threshold: 5)
        let total = model.cell(20)
        let a = model.cell(1)
        let b = model.cell(1)
        let c = model.cell(18)
        model.sum(total, of: [a, b, c])
        model.visibility[a] = .primary
        model.visibility[b] = .primary
        let audit = DisclosureAudit(model)
        #expect(
            audit.findings == [
                .init(cells: [a], value: 1), .init(cells: [b], value: 1), .init(cells: [a, b], value: 2),
            ])
        var protected = model
        let protectedAll = protected.protectExactly()
        #expect(protectedAll)
        #expect(protected.published(c) == .withheld)
        #expect(DisclosureAudit(protected).passes)
    }

    /// Facts beyond the sums: named countries are listed largest first. With the last one shown
    /// as 10 and the two above it adding up to 20, both are 10, so withholding them protects
    /// nothing, and they are shown.
    @Test func withheldCountsAReaderCanWorkOutAreShown() {
        var model = DisclosureModel(threshold: 5)
        let region = model.cell(30)
        let first = model.cell(10)
        let second = model.cell(10)
        let third = model.cell(10)
        model.sum(region, of: [first, second, third])
        model.atMost([(second, 1), (first, -1)], 0)
        model.atMost([(third, 1), (second, -1)], 0)
        model.visibility[first] = .secondary
        model.visibility[second] = .secondary
        #expect(DisclosureAudit(model).determined == [first, second])
        let protectedAll = model.protectExactly()
        #expect(protectedAll)
        #expect([first, second].map(model.published) == [.count(10), .count(10)])
    }

    @Test func theNullSpaceOfASumIsTheWaysToMoveBetweenItsCells() throws {
        let basis = try #require(IntegerNullSpace.basis(rows: [[1, 1, 1]], columns: 3))
        #expect(basis == [[-1, 1, 0], [-1, 0, 1]])
        let loops = try #require(IntegerNullSpace.basis(rows: [[2, 1, 0], [0, 1, 2]], columns: 3))
        #expect(loops == [[1, -2, 1]])
    }
}
