extension RoundStatistics {
    /// Every figure the round page shows, by its `data-figure` key without the round id
    /// (`status.faltered` → `withheld`, `sector.academic%` → `55%`): what a reader can keep, and
    /// what the statistics ledger records.
    public var figures: [String: String] {
        var figures: [String: String] = [:]
        func add(_ key: String, _ count: ProtectedCount) { figures[key] = count.value.map(String.init) ?? "withheld" }
        func add(_ key: String, _ share: Share, baseKey: String?) {
            add(key, share.count)
            // The page names the base only beside a count.
            if let baseKey, share.count.value != nil { add(baseKey, share.base) }
            if let percent = share.percent { figures[key + "%"] = "\(percent)%" }
        }
        add("pairs", pairs)
        add("participants", participants)
        figures["countries"] = String(countriesRepresented)
        if let crossSector { add("cross-sector", crossSector, baseKey: nil) }
        if let crossStage { add("cross-stage", crossStage, baseKey: nil) }
        if let completion { add("status.completed", completion, baseKey: nil) }
        if let satisfaction { add("satisfied", satisfaction, baseKey: "satisfied.answered") }
        for (rows, prefix, codes) in [
            (channels, "channel", Channel.allCases.map(\.rawValue)),
            (statuses, "status", PairStatus.allCases.map(\.rawValue)),
            (sectors, "sector", Sector.allCases.map(\.rawValue)),
            (stages, "stage", CareerStage.allCases.map(\.rawValue)),
        ] {
            for (row, code) in zip(rows ?? [], codes) { add("\(prefix).\(code)", row.share, baseKey: nil) }
        }
        for region in regions {
            add("region.\(region.region.rawValue)", region.participants)
            for country in region.countries { add("country.\(country.country.code)", country.count) }
            if let others = region.otherCountries { add("others.\(region.region.rawValue)", others) }
        }
        if regionMatrix.count == regions.count {
            for (i, row) in regions.enumerated() {
                for (j, column) in regions.enumerated() where j >= i {
                    let (low, high) = (min(row.region, column.region), max(row.region, column.region))
                    add("matrix.\(low.rawValue).\(high.rawValue)", regionMatrix[i][j])
                }
            }
        }
        return figures
    }
}
