/// What a round publishes from its pair file, and what the build says about it.
///
/// Statistics are published once a round is closed: figures that change while pairs are still
/// being matched would let a reader compare two releases and single out the pairs that changed.
/// A release the exact audit rejects is cut back (`RoundStatistics.Omission`), with a warning
/// that names the round and what was left out.
struct PairStatisticsRelease {
    /// Why a round with a pair file shows no statistics; the page says so in the theme's words.
    enum NotShown: String, Sendable {
        case untilClosed
        case tooFew
    }

    let roundID: String
    let statistics: RoundStatistics?
    let notShown: NotShown?
    let warnings: [Diagnostic]

    init(roundID: String, statistics: RoundStatistics?, notShown: NotShown? = nil, warnings: [Diagnostic]) {
        self.roundID = roundID
        self.statistics = statistics
        self.notShown = notShown
        self.warnings = warnings
    }

    static func make(_ file: PairFile, round: Round, threshold: Int) -> PairStatisticsRelease {
        guard round.status == .closed else {
            return PairStatisticsRelease(roundID: round.id, statistics: nil, notShown: .untilClosed, warnings: [file.file.warning(
                "round \(round.id) is \(round.status.rawValue): its pair statistics are published once it is closed", line: 1,
                note: "figures that change while a round runs would let a reader compare two versions and single out the pairs that changed"
            )])
        }
        let shown = RoundStatistics.ShownElsewhere(participants: round.participants.value != nil, pairs: round.pairs.value != nil)
        guard let statistics = RoundStatistics.compute(file, threshold: threshold, shown: shown, allowsSameCountryPairs: round.allowsSameCountryPairs) else {
            return PairStatisticsRelease(roundID: round.id, statistics: nil, notShown: .tooFew, warnings: [file.file.warning(
                "round \(round.id): no pair statistics can be published without singling someone out, so none are shown", line: 1,
                note: "the round is too small or its figures too uneven for a threshold of \(threshold); a round file's own participants and pairs count too"
            )])
        }
        var warnings: [Diagnostic] = []
        if !statistics.omitted.isEmpty {
            warnings.append(file.file.warning(
                "round \(round.id): to protect participants, its statistics leave out \(statistics.omitted.map(\.rawValue).joined(separator: "; "))", line: 1,
                note: "the exact audit found that a reader could work out a small count from the full tables; the page says that figures are not shown"
            ))
        }
        return PairStatisticsRelease(roundID: round.id, statistics: statistics, warnings: warnings)
    }
}
