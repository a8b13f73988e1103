/// What a round publishes from its pair file, and what the build says about it.
///
/// Statistics are published once a round is closed: figures that change while pairs are still
/// being matched would let a reader compare two releases and single out the pairs that changed.
/// A release the exact audit rejects is cut back (`RoundStatistics.Omission`), with a warning
/// that names the round and what was left out. Once published, a round's figures are in the
/// statistics ledger and stay as they are; a different release goes out only as a declared
/// correction that no comparison with an earlier release can take apart.
struct PairStatisticsRelease {
    /// Why a round with a pair file shows no statistics; the page says so in the theme's words.
    enum NotShown: String, Sendable {
        case untilClosed
        case tooFew
    }

    let roundID: String
    let statistics: RoundStatistics?
    let notShown: NotShown?
    /// What the ledger records for this round after this build.
    let recorded: StatisticsLedger.Release?
    let diagnostics: [Diagnostic]

    init(
        roundID: String, statistics: RoundStatistics?, notShown: NotShown? = nil,
        recorded: StatisticsLedger.Release? = nil,
        diagnostics: [Diagnostic]
    ) {
        self.roundID = roundID
        self.statistics = statistics
        self.notShown = notShown
        self.recorded = recorded
        self.diagnostics = diagnostics
    }

    static func make(_ file: PairFile, round: Round, threshold: Int, earlier: [StatisticsLedger.Release])
        -> PairStatisticsRelease
    {
        guard round.status == .closed else {
            return PairStatisticsRelease(
                roundID: round.id, statistics: nil, notShown: .untilClosed,
                diagnostics: [
                    file.file.warning(
                        "round \(round.id) is \(round.status.rawValue): its pair statistics are published once it "
                            + "is closed",
                        line: 1,
                        note:
                            "figures that change while a round runs would let a reader compare two versions and "
                            + "single out the pairs that changed"
                    )
                ])
        }
        let shown = RoundStatistics.ShownElsewhere(
            participants: round.participants.value != nil, pairs: round.pairs.value != nil)
        let compute = { (accepts: (RoundStatistics) -> Bool) in
            RoundStatistics.compute(
                file, threshold: threshold, shown: shown, allowsSameCountryPairs: round.allowsSameCountryPairs,
                accepts: accepts)
        }
        guard let first = compute({ _ in true }) else {
            return PairStatisticsRelease(
                roundID: round.id, statistics: nil, notShown: .tooFew,
                diagnostics: [
                    file.file.warning(
                        "round \(round.id): no pair statistics can be published without singling someone out, so "
                            + "none are shown",
                        line: 1,
                        note:
                            "the round is too small or its figures too uneven for a threshold of \(threshold); a "
                            + "round file's own participants and pairs count too"
                    )
                ])
        }
        var statistics = first
        var correction: String?
        if let current = earlier.last, current.figures != first.figures || current.threshold != threshold {
            let roundPath = round.contentPath
            let ledgerPath =
                round.file.path.hasSuffix(roundPath)
                ? round.file.path.dropLast(roundPath.count) + StatisticsLedger.fileName : StatisticsLedger.fileName
            guard let reason = round.statisticsCorrection else {
                return PairStatisticsRelease(
                    roundID: round.id, statistics: nil,
                    diagnostics: [
                        file.file.error(
                            "round \(round.id)'s pair statistics differ from the ones it published before, recorded "
                                + "in \(ledgerPath)",
                            line: 1,
                            note: """
                                a reader who kept the earlier page could compare the two and learn about the pairs\
                                 that changed. \
                                Restore the pair file (and privacy.threshold) that gave the published figures, or, to\
                                 publish a correction, \
                                add 'statistics_correction: <why>' to \(round.file.path); a correction is cut back\
                                 until no comparison \
                                with an earlier release singles anyone out
                                """
                        )
                    ])
            }
            let accepts = { (candidate: RoundStatistics) in
                earlier.allSatisfy {
                    ReleaseDifference(threshold: threshold, earlier: $0.figures, later: candidate.figures).disclosures
                        .isEmpty
                }
            }
            guard let corrected = compute(accepts) else {
                let found = ReleaseDifference(
                    threshold: threshold, earlier: earlier.last!.figures, later: first.figures
                ).disclosures
                return PairStatisticsRelease(
                    roundID: round.id, statistics: nil,
                    diagnostics: [
                        file.file.error(
                            "round \(round.id): no correction of its pair statistics can be published without "
                                + "singling out the pairs that changed",
                            line: 1,
                            note:
                                "compared with what it published before, "
                                + "\(found.prefix(3).joined(separator: "; ")); keep the published figures, or correct "
                                + "more pairs at once"
                        )
                    ])
            }
            statistics = corrected
            correction = reason
        }
        var diagnostics: [Diagnostic] = []
        if !statistics.omitted.isEmpty {
            diagnostics.append(
                file.file.warning(
                    "round \(round.id): to protect participants, its statistics leave out "
                        + "\(statistics.omitted.map(\.rawValue).joined(separator: "; "))",
                    line: 1,
                    note: correction == nil
                        ? "the exact audit found that a reader could work out a small count from the full tables; "
                            + "the page says that figures are not shown"
                        : "a reader comparing the correction with the earlier release could otherwise single out "
                            + "the pairs that changed"
                ))
        }
        let recorded =
            earlier.last.flatMap { $0.figures == statistics.figures && $0.threshold == threshold ? $0 : nil }
            ?? StatisticsLedger.Release(threshold: threshold, figures: statistics.figures, correction: correction)
        return PairStatisticsRelease(
            roundID: round.id, statistics: statistics, recorded: recorded, diagnostics: diagnostics)
    }
}
