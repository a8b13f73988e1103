/// A round's protected statistics as template values. Every figure carries a `key` (rendered as
/// `data-figure`) so that tests, and anyone auditing the site, can find each published count.
struct StatisticsContext {
    let statistics: RoundStatistics
    let roundID: String

    /// For `partials/round-statistics`.
    func values(synthetic: Bool) -> [String: Any] {
        let s = statistics
        var values: [String: Any] = [
            "synthetic": synthetic,
            "threshold": s.threshold,
            "largestHidden": s.threshold - 1,
            "headline": headline(),
            "regions": regions(),
            "hasRegions": !s.regions.isEmpty,
            "matrix": matrix(),
            "hasMatrix": !s.regionMatrix.isEmpty,
            "matrixRegions": s.regions.map { ["name": $0.region.name] },
            "withholds": s.withholdsFigures || !s.omitted.isEmpty,
            "omitted": s.omitted.map(\.rawValue).joined(separator: "; "),
            "hasOmissions": !s.omitted.isEmpty,
        ]
        var tables: [[String: Any]] = []
        if let channels = s.channels {
            tables.append(table("channels", "How pairs kept in touch", unit: "Pairs", rows(channels, prefix: "channel", codes: Channel.allCases.map(\.rawValue))))
        }
        if let statuses = s.statuses {
            tables.append(table("endings", "How pairs ended the round", unit: "Pairs", rows(statuses, prefix: "status", codes: PairStatus.allCases.map(\.rawValue))))
        }
        if let sectors = s.sectors {
            tables.append(table("sectors", "Library sectors", unit: "Participants", rows(sectors, prefix: "sector", codes: Sector.allCases.map(\.rawValue))))
        }
        if let stages = s.stages {
            tables.append(table("stages", "Career stages", unit: "Participants", rows(stages, prefix: "stage", codes: CareerStage.allCases.map(\.rawValue))))
        }
        values["tables"] = tables
        return values
    }

    /// The figures the rounds index compares, in its column order.
    func comparison() -> [[String: Any]] {
        let s = statistics
        return [
            count(s.pairs, key: "pairs"),
            count(s.participants, key: "participants"),
            ["key": "\(roundID):countries", "text": NumberFormat.grouped(s.countriesRepresented)],
            percentOnly(s.crossSector, key: "cross-sector"),
            percentOnly(s.crossStage, key: "cross-stage"),
            percentOnly(s.completion, key: "status.completed"),
            percentOnly(s.satisfaction, key: "satisfied"),
        ]
    }

    /// Channel use as shares of pairs, for the rounds index; nil without a channels column.
    func channelComparison() -> [[String: Any]]? {
        guard let channels = statistics.channels else { return nil }
        return zip(channels, Channel.allCases).map { row, channel in percentOnly(row.share, key: "channel.\(channel.rawValue)") }
    }

    private func headline() -> [[String: Any]] {
        let s = statistics
        var entries: [[String: Any]] = [
            ["label": "Pairs"].merging(count(s.pairs, key: "pairs")) { $1 },
            ["label": "Participants"].merging(count(s.participants, key: "participants")) { $1 },
            ["label": "Countries represented", "key": "\(roundID):countries", "text": NumberFormat.grouped(s.countriesRepresented)],
        ]
        if let share = s.crossSector { entries.append(["label": "Pairs across library sectors"].merging(shareValues(share, key: "cross-sector", of: "pairs")) { $1 }) }
        if let share = s.crossStage { entries.append(["label": "Pairs across career stages"].merging(shareValues(share, key: "cross-stage", of: "pairs")) { $1 }) }
        if let share = s.completion { entries.append(["label": "Completed the round"].merging(shareValues(share, key: "status.completed", of: "pairs")) { $1 }) }
        if let share = s.satisfaction {
            entries.append(["label": "Rated the round 4 or 5 out of 5"].merging(shareValues(share, key: "satisfied", of: "pairs who answered", baseKey: "satisfied.answered")) { $1 })
        }
        return entries
    }

    private func table(_ id: String, _ title: String, unit: String, _ rows: [[String: Any]]) -> [String: Any] {
        ["id": id, "title": title, "unit": unit, "rows": rows]
    }

    private func rows(_ rows: [RoundStatistics.Row], prefix: String, codes: [String]) -> [[String: Any]] {
        zip(rows, codes).map { row, code in
            ["label": row.label].merging(shareValues(row.share, key: "\(prefix).\(code)", of: nil)) { $1 }
        }
    }

    private func regions() -> [[String: Any]] {
        statistics.regions.map { region in
            var entry: [String: Any] = ["name": region.region.name]
            entry.merge(count(region.participants, key: "region.\(region.region.rawValue)")) { $1 }
            var countries = region.countries.map { figure -> [String: Any] in
                ["name": figure.country.name].merging(count(figure.count, key: "country.\(figure.country.code)")) { $1 }
            }
            if let others = region.otherCountries {
                countries.append(["name": "Other countries in \(region.region.name)", "other": true]
                    .merging(count(others, key: "others.\(region.region.rawValue)")) { $1 })
            }
            entry["countries"] = countries
            entry["hasCountries"] = !countries.isEmpty
            return entry
        }
    }

    private func matrix() -> [[String: Any]] {
        let regions = statistics.regions.map(\.region)
        guard statistics.regionMatrix.count == regions.count else { return [] }  // the matrix is omitted
        return regions.enumerated().map { i, region in
            [
                "name": region.name,
                "cells": regions.enumerated().map { j, other in
                    count(statistics.regionMatrix[i][j], key: "matrix.\(min(region, other).rawValue).\(max(region, other).rawValue)")
                },
            ]
        }
    }

    // MARK: - Figures

    private func count(_ value: ProtectedCount, key: String) -> [String: Any] {
        var entry: [String: Any] = ["key": "\(roundID):\(key)"]
        switch value {
        case .count(let number): entry["text"] = NumberFormat.grouped(number)
        case .withheld: entry["text"] = "withheld"; entry["hidden"] = true
        }
        return entry
    }

    /// A count with its percentage where one may be given.
    private func shareValues(_ share: RoundStatistics.Share, key: String, of unit: String?, baseKey: String = "pairs") -> [String: Any] {
        var entry = count(share.count, key: key)
        if let percent = share.percent {
            entry["percent"] = "\(percent)%"
            entry["percentKey"] = "\(roundID):\(key)%"
        }
        if let unit, let base = share.base.value, share.count.value != nil {
            entry["base"] = NumberFormat.grouped(base)
            entry["baseKey"] = "\(roundID):\(baseKey)"
            entry["unit"] = unit
        }
        return entry
    }

    private func percentOnly(_ share: RoundStatistics.Share?, key: String) -> [String: Any] {
        guard let share else { return ["text": "—"] }
        guard let percent = share.percent else { return ["text": "withheld", "hidden": true] }
        var entry: [String: Any] = ["key": "\(roundID):\(key)%", "text": "\(percent)%"]
        if key == "satisfied", let base = share.base.value { entry["note"] = NumberFormat.grouped(base); entry["noteKey"] = "\(roundID):satisfied.answered" }
        return entry
    }
}
