/// `content/pairs/<round-id>.csv`: the anonymised pairs of one round.
public struct PairFile: Sendable {
    public let roundID: String
    public let records: [PairRecord]
    public let columns: Set<PairColumn>
    public let file: SourceText
    /// Where the data values are, for diagnostics about the file that must not show them.
    let mask: PairLineMask

    /// An error at a place in the file, with the line it quotes masked.
    func error(_ message: String, line: Int, column: Int = 1, note: String? = nil) -> Diagnostic {
        mask.apply(to: file.error(message, line: line, column: column, note: note))
    }
}
