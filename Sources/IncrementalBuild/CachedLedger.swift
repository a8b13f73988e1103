import RoundtableKit

/// The statistics ledger as the last build parsed it. It grows by a release per round and
/// publication, and parsing it with Yams was the largest part of an edit's rebuild on a site
/// with many rounds; an edit to a topic never changes it.
struct CachedLedger: Sendable {
    /// Of the file's bytes.
    let whole: ContentDigest
    let ledger: StatisticsLedger

    func encode(_ writer: inout BinaryWriter) {
        writer.write(whole)
        writer.write(ledger.releases.count)
        for (roundID, releases) in ledger.releases {
            writer.write(roundID)
            writer.write(releases.count)
            for release in releases {
                writer.write(release.threshold)
                writer.write(release.correction != nil)
                writer.write(release.correction ?? "")
                writer.write(release.figures.count)
                for (key, value) in release.figures { writer.write([key, value]) }
            }
        }
    }

    static func decode(_ reader: inout BinaryReader) -> CachedLedger? {
        guard let whole = reader.digest(), let roundCount = reader.int(), (0...reader.remaining).contains(roundCount)
        else { return nil }
        var releases: [String: [StatisticsLedger.Release]] = [:]
        for _ in 0..<roundCount {
            guard let roundID = reader.string(), let count = reader.int(), (0...reader.remaining).contains(count)
            else { return nil }
            for _ in 0..<count {
                guard let threshold = reader.int(), let hasCorrection = reader.bool(), let correction = reader.string(),
                    let figureCount = reader.int(), (0...reader.remaining).contains(figureCount)
                else { return nil }
                var figures: [String: String] = [:]
                figures.reserveCapacity(figureCount)
                for _ in 0..<figureCount {
                    guard let pair = reader.strings(), pair.count == 2 else { return nil }
                    figures[pair[0]] = pair[1]
                }
                releases[roundID, default: []].append(
                    StatisticsLedger.Release(
                        threshold: threshold, figures: figures, correction: hasCorrection ? correction : nil))
            }
        }
        return CachedLedger(whole: whole, ledger: StatisticsLedger(releases: releases))
    }
}
