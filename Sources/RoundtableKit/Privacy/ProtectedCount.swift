/// A count of people or pairs as the site may publish it.
public enum ProtectedCount: Sendable, Equatable {
    /// Zero, or at least the disclosure threshold.
    case count(Int)
    /// From 1 to threshold − 1: published as "fewer than k".
    case fewerThan(Int)
    /// Hidden so that a small count elsewhere cannot be worked out by subtraction.
    case withheld

    public var value: Int? {
        if case .count(let value) = self { return value }
        return nil
    }
}
