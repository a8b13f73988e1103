/// A round's protected statistics as template values. Every figure carries a `key` (rendered as
/// `data-figure`) so that tests, and anyone auditing the site, can find each published count.
struct StatisticsContext {
    let statistics: RoundStatistics
    let roundID: String
    let strings: ThemeStrings
    let format: NumberFormat

    init(_ statistics: RoundStatistics, of roundID: String, in page: PageContext) {
        self.statistics = statistics
        self.roundID = roundID
        strings = page.strings
        format = page.format
    }

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
            "matrixRegions": s.regions.map { ["name": name(of: $0.region)] },
            "withholds": s.withholdsFigures || !s.omitted.isEmpty,
            "omitted": s.omitted.map { strings.text("statistics.omission." + $0.key) }
                .joined(separator: strings.text("statistics.omitted_separator")),
            "hasOmissions": !s.omitted.isEmpty,
        ]
        if !s.regionMatrix.isEmpty && s.regionMatrix.count == s.regions.count { values["matrixChart"] = matrixChart() }
        // id, the figures' key prefix, the theme's names for the categories, the unit counted.
        let breakdowns: [(String, [RoundStatistics.Row]?, key: String, names: String, unit: String)] = [
            ("channels", s.channels, "channel", "channel", "pairs"),
            ("endings", s.statuses, "status", "ending", "pairs"),
            ("sectors", s.sectors, "sector", "sector", "participants"),
            ("stages", s.stages, "stage", "stage", "participants"),
        ]
        values["tables"] = breakdowns.compactMap { id, rows, key, names, unit -> [String: Any]? in
            guard let rows else { return nil }
            let title = strings.text("statistics." + id)
            let unitName = strings.text("statistics." + unit)
            return [
                "id": id, "title": title, "unit": unitName, "rows": self.rows(rows, prefix: key, names: names),
                "chart": barChart(id: id, title: title, unit: unit, rows: rows, prefix: key, names: names),
            ]
        }
        return values
    }

    /// The figures the rounds index compares, in its column order.
    func comparison() -> [[String: Any]] {
        let s = statistics
        return [
            count(s.pairs, key: "pairs"),
            count(s.participants, key: "participants"),
            ["key": "\(roundID):countries", "text": format.grouped(s.countriesRepresented)],
            percentOnly(s.crossSector, key: "cross-sector"),
            percentOnly(s.crossStage, key: "cross-stage"),
            percentOnly(s.completion, key: "status.completed"),
            percentOnly(s.satisfaction, key: "satisfied"),
        ]
    }

    /// Channel use as shares of pairs, for the rounds index; nil without a channels column.
    func channelComparison() -> [[String: Any]]? {
        guard let channels = statistics.channels else { return nil }
        return zip(channels, Channel.allCases).map { row, channel in
            percentOnly(row.share, key: "channel.\(channel.rawValue)")
        }
    }

    private func headline() -> [[String: Any]] {
        let s = statistics
        func labelled(_ label: String, _ figure: [String: Any]) -> [String: Any] {
            ["label": strings.text("statistics." + label)].merging(figure)
        }
        let pairs = strings.text("statistics.of_pairs")
        var entries: [[String: Any]] = [
            labelled("pairs", count(s.pairs, key: "pairs")),
            labelled("participants", count(s.participants, key: "participants")),
            labelled(
                "countries_represented",
                ["key": "\(roundID):countries", "text": format.grouped(s.countriesRepresented)]),
        ]
        let shares = [
            ("across_sectors", s.crossSector, "cross-sector"), ("across_stages", s.crossStage, "cross-stage"),
            ("completed", s.completion, "status.completed"),
        ]
        for case (let label, let share?, let key) in shares {
            entries.append(labelled(label, shareValues(share, key: key, of: pairs)))
        }
        if let share = s.satisfaction {
            let answered = strings.text("statistics.of_pairs_who_answered")
            let figure = shareValues(share, key: "satisfied", of: answered, baseKey: "satisfied.answered")
            entries.append(labelled("satisfied", figure))
        }
        return entries
    }

    /// `names` is the group of the theme's strings that names the categories.
    private func rows(_ rows: [RoundStatistics.Row], prefix: String, names: String) -> [[String: Any]] {
        rows.map { row in
            let label = strings.text("\(names).\(row.code)")
            return ["label": label].merging(shareValues(row.share, key: "\(prefix).\(row.code)", of: nil))
        }
    }

    func name(of region: Region) -> String {
        strings.text("region." + region.rawValue)
    }

    private func regions() -> [[String: Any]] {
        statistics.regions.map { region in
            var entry: [String: Any] = ["name": name(of: region.region)]
            entry.merge(count(region.participants, key: "region.\(region.region.rawValue)")) { $1 }
            var countries = region.countries.map { figure -> [String: Any] in
                ["name": figure.country.name].merging(count(figure.count, key: "country.\(figure.country.code)")) { $1 }
            }
            if let others = region.otherCountries {
                let name = strings.text("statistics.other_countries", ["region": name(of: region.region)])
                countries.append(
                    ["name": name, "other": true]
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
                "name": name(of: region),
                "cells": regions.enumerated().map { j, other in
                    count(
                        statistics.regionMatrix[i][j],
                        key: "matrix.\(min(region, other).rawValue).\(max(region, other).rawValue)")
                },
            ]
        }
    }

    // MARK: - Figures

    func count(_ value: ProtectedCount, key: String) -> [String: Any] {
        var entry: [String: Any] = ["key": "\(roundID):\(key)"]
        switch value {
        case .count(let number): entry["text"] = format.grouped(number)
        case .withheld:
            entry["text"] = strings.text("statistics.withheld")
            entry["hidden"] = true
        }
        return entry
    }

    /// A count with its percentage where one may be given.
    private func shareValues(_ share: RoundStatistics.Share, key: String, of unit: String?, baseKey: String = "pairs")
        -> [String: Any]
    {
        var entry = count(share.count, key: key)
        if let percent = share.percent {
            entry["percent"] = "\(percent)%"
            entry["percentKey"] = "\(roundID):\(key)%"
        }
        if let unit, let base = share.base.value, share.count.value != nil {
            entry["base"] = format.grouped(base)
            entry["baseKey"] = "\(roundID):\(baseKey)"
            entry["unit"] = unit
        }
        return entry
    }

    private func percentOnly(_ share: RoundStatistics.Share?, key: String) -> [String: Any] {
        guard let share else { return ["text": "—"] }
        guard let percent = share.percent else { return ["text": strings.text("statistics.withheld"), "hidden": true] }
        var entry: [String: Any] = ["key": "\(roundID):\(key)%", "text": "\(percent)%"]
        if key == "satisfied", let base = share.base.value {
            entry["note"] = format.grouped(base)
            entry["noteKey"] = "\(roundID):satisfied.answered"
        }
        return entry
    }
}

extension RoundStatistics.Omission {
    /// Its name among the theme's strings: `statistics.omission.<key>`.
    var key: String {
        switch self {
        case .regionMatrix: "region_matrix"
        case .countries: "countries"
        case .breakdowns: "breakdowns"
        case .endings: "endings"
        }
    }
}
