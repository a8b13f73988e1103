/// A figure or date that may not have been published. Unknown is shown as unknown, never guessed.
public enum Known<Value: Sendable & Equatable>: Sendable, Equatable {
    case known(Value)
    case unknown

    public var value: Value? {
        if case .known(let value) = self { return value }
        return nil
    }
}
