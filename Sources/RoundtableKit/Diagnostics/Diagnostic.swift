/// One problem found in the input, reported compiler-style with the offending line.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        /// Said once, not a problem: what the build chose where the input left it a choice.
        case note
    }

    public let severity: Severity
    public let message: String
    public let location: SourceLocation?
    /// The text of the offending line, shown under the message with a caret.
    public let sourceLine: String?
    /// A hint such as a did-you-mean, printed as `note:` under the line.
    public let note: String?

    public init(
        _ severity: Severity = .error,
        _ message: String,
        at location: SourceLocation? = nil,
        sourceLine: String? = nil,
        note: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.note = note
    }

    public static func error(
        _ message: String, at location: SourceLocation? = nil, in source: SourceText? = nil, note: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, sourceLine: location.flatMap { source?.line($0.line) }, note: note)
    }

    public static func warning(
        _ message: String, at location: SourceLocation? = nil, in source: SourceText? = nil, note: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, sourceLine: location.flatMap { source?.line($0.line) }, note: note)
    }

    /// The same problem as an error (`--strict`); a note stays a note.
    public var asError: Diagnostic {
        guard severity == .warning else { return self }
        return Diagnostic(.error, message, at: location, sourceLine: sourceLine, note: note)
    }

    /// Sorted by file, line and column; problems without a place come first.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, nil): return lhs.message < rhs.message
        case (nil, _): return true
        case (_, nil): return false
        case (let left?, let right?): return left == right ? lhs.message < rhs.message : left < right
        }
    }
}
extension Diagnostic: Error {}
