import DisclosurePolicy

/// A count of people or pairs as the site may publish it.
public enum ProtectedCount: Sendable, Equatable {
    /// Zero, or at least the disclosure threshold.
    case count(Int)
    /// Not shown: a count from 1 to k − 1, or one withheld so that such a count cannot be worked
    /// out from the others. Both read the same, and a withheld count is never zero.
    case withheld

    public var value: Int? {
        if case .count(let value) = self { return value }
        return nil
    }
}

extension DisclosureModel {
    /// How the cell reads on the site.
    func published(_ cell: Cell) -> ProtectedCount {
        visibility[cell] == .published ? .count(values[cell]) : .withheld
    }
}
