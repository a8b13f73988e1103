import DisclosurePolicy

extension RoundStatistics {
    /// Counts the pairs of one round and passes every count through one disclosure model, then
    /// through the exact audit. When the audit rejects a release, the next one in the order of
    /// `Omission` is tried; nil when not even the headline can be shown.
    ///
    /// `shown` names figures the round file already shows beside the statistics (its
    /// participants and pairs), which therefore cannot be withheld.
    /// `accepts` can reject a release that passes the audit (one that differs too little from an
    /// earlier release); the next one is tried.
    static func compute(
        _ file: PairFile, threshold: Int, shown: ShownElsewhere = ShownElsewhere(),
        allowsSameCountryPairs: Bool = false, accepts: (RoundStatistics) -> Bool = { _ in true }
    ) -> RoundStatistics? {
        for level in 0...Omission.allCases.count {
            let omitted = Array(Omission.allCases.prefix(level))
            var builder = Builder(
                records: file.records, columns: file.columns, model: DisclosureModel(threshold: threshold),
                omitted: Set(omitted), shown: shown, allowsSameCountryPairs: allowsSameCountryPairs)
            if let statistics = builder.build(omitted: omitted), accepts(statistics) { return statistics }
        }
        return nil
    }

    public struct ShownElsewhere: Sendable {
        var participants = false
        var pairs = false
    }

    private struct Builder {
        let records: [PairRecord]
        let columns: Set<PairColumn>
        var model: DisclosureModel
        let omitted: Set<Omission>
        let shown: ShownElsewhere
        let allowsSameCountryPairs: Bool

        mutating func build(omitted order: [Omission]) -> RoundStatistics? {
            let pairCount = records.count
            let pairs = model.cell(pairCount)
            let participants = model.cell(2 * pairCount)
            model.sum(participants, of: [pairs], weights: [2])
            if shown.pairs { model.showElsewhere(pairs) }
            if shown.participants { model.showElsewhere(participants) }

            let partners = records.flatMap { [$0.a, $0.b] }
            let byCountry = Dictionary(grouping: partners, by: \.country).mapValues(\.count)
            let presentRegions = Set(byCountry.keys.map(\.region)).sorted()
            let showsRegions = !omitted.contains(.breakdowns) || !omitted.contains(.endings)
            var regionCells: [Region: DisclosureModel.Cell] = [:]
            var countryPlan: [(Region, [(Country, DisclosureModel.Cell)], DisclosureModel.Cell?)] = []
            var unnamed: [DisclosureModel.Cell] = []
            var named = 0
            if showsRegions {
                for region in presentRegions {
                    let counts = byCountry.filter { $0.key.region == region }
                    let total = model.cell(counts.values.reduce(0, +))
                    regionCells[region] = total
                    guard !omitted.contains(.countries) else { continue }
                    let (listed, others) = rollUp(counts)
                    if listed.isEmpty {
                        countryPlan.append((region, [], nil))
                        unnamed.append(unnamedCountries(counts.count, in: region, total: total, listedSmallest: nil))
                        continue
                    }
                    let listedCells = listed.map { ($0.country, model.cell($0.count)) }
                    let othersCell = others > 0 ? model.cell(others) : nil
                    model.sum(total, of: listedCells.map(\.1) + (othersCell.map { [$0] } ?? []))
                    // Countries are listed largest first, and none left out is larger than the last listed.
                    for (larger, smaller) in zip(listedCells, listedCells.dropFirst()) {
                        model.atMost([(smaller.1, 1), (larger.1, -1)], 0)
                    }
                    named += listed.count
                    if let othersCell {
                        let count = unnamedCountries(
                            counts.count - listed.count, in: region, total: othersCell,
                            listedSmallest: listedCells.last!.1)
                        unnamed.append(count)
                    }
                    countryPlan.append((region, listedCells, othersCell))
                }
                model.sum(participants, of: presentRegions.map { regionCells[$0]! })
            }
            if !unnamed.isEmpty {
                // "Countries represented" is published: the countries not named are that many less the named.
                let rest = model.fact(byCountry.count - named)
                model.sum(rest, of: unnamed)
            }

            let matrix =
                showsRegions
                ? regionMatrix(presentRegions, regionCells: regionCells, pairs: pairs, listed: countryPlan) : []
            let breakdowns = !omitted.contains(.breakdowns)
            let sectors =
                breakdowns && columns.contains(.aSector)
                ? breakdown(partners.compactMap(\.sector), total: participants) : nil
            let stages =
                breakdowns && columns.contains(.aStage)
                ? breakdown(partners.compactMap(\.stage), total: participants) : nil
            let endings = !omitted.contains(.endings)
            let statuses = endings ? breakdown(records.map(\.status), total: pairs) : nil
            let channels =
                breakdowns && columns.contains(.channels)
                ? Channel.allCases.map { channel in
                    (
                        channel.rawValue,
                        split(records.filter { $0.channels?.contains(channel) == true }.count, of: pairs)
                    )
                } : nil
            let crossSector = sectors.map { pairStructure(\.sector, Sector.allCases, cells: $0, pairs: pairs) }
            let crossStage = stages.map { pairStructure(\.stage, CareerStage.allCases, cells: $0, pairs: pairs) }
            let satisfaction = endings && columns.contains(.satisfaction) ? satisfactionCells(pairs: pairs) : nil
            let completed = statuses?.first { $0.code == .completed }!.cells

            guard model.protectExactly() else { return nil }

            return RoundStatistics(
                threshold: model.threshold,
                omitted: order,
                withholdsFigures: model.values.indices.contains {
                    model.visibility[$0] == .primary || model.visibility[$0] == .secondary
                },
                pairs: model.published(pairs),
                participants: model.published(participants),
                countriesRepresented: byCountry.count,
                countryCodes: Set(byCountry.keys.map(\.code)),
                regions: countryPlan.isEmpty && showsRegions
                    ? presentRegions.map {
                        RegionFigures(
                            region: $0, participants: model.published(regionCells[$0]!), countries: [],
                            otherCountries: nil)
                    }
                    : countryPlan.map { region, listed, others in
                        RegionFigures(
                            region: region, participants: model.published(regionCells[region]!),
                            countries: listed.map { CountryFigure(country: $0.0, count: model.published($0.1)) },
                            otherCountries: others.map(model.published)
                        )
                    },
                regionMatrix: omitted.contains(.regionMatrix) ? [] : matrix.map { row in row.map(model.published) },
                sectors: sectors.map { rows($0.map { ($0.code.rawValue, $0.cells) }) },
                stages: stages.map { rows($0.map { ($0.code.rawValue, $0.cells) }) },
                statuses: statuses.map { rows($0.map { ($0.code.rawValue, $0.cells) }) },
                channels: channels.map { $0.map { Row(code: $0.0, share: share($0.1)) } },
                crossSector: crossSector.map(share), crossStage: crossStage.map(share),
                completion: completed.map(share),
                satisfaction: satisfaction.map(share)
            )
        }

        /// The number of countries of `region` that are not named: at least one, and each holds at
        /// least one participant and no more than the smallest named country.
        private mutating func unnamedCountries(
            _ count: Int, in region: Region, total: DisclosureModel.Cell,
            listedSmallest: DisclosureModel.Cell?
        ) -> DisclosureModel.Cell {
            let available = CountryTable.all.filter { $0.region == region }.count
            let cell = model.auxiliary(count, bounds: 1...max(1, available), countsPeople: false)
            model.atMost([(cell, 1), (total, -1)], 0)
            if let listedSmallest, !model.isHidden(listedSmallest) {
                model.atMost([(total, 1), (cell, -model.values[listedSmallest])], 0)
            }
            return cell
        }

        /// Countries with at least k participants are listed; the rest are counted together, and
        /// if that count would itself be small, the smallest listed countries join it.
        private func rollUp(_ counts: [Country: Int]) -> (listed: [(country: Country, count: Int)], others: Int) {
            let sorted = counts.map { (country: $0.key, count: $0.value) }.sorted {
                ($1.count, $0.country.code) < ($0.count, $1.country.code)
            }
            var listed = sorted.filter { $0.count >= model.threshold }
            var others = sorted.filter { $0.count < model.threshold }.reduce(0) { $0 + $1.count }
            while others > 0 && others < model.threshold, let smallest = listed.popLast() {
                others += smallest.count
            }
            return (listed, others)
        }

        private mutating func regionMatrix(
            _ regions: [Region], regionCells: [Region: DisclosureModel.Cell], pairs: DisclosureModel.Cell,
            listed: [(Region, [(Country, DisclosureModel.Cell)], DisclosureModel.Cell?)]
        ) -> [[DisclosureModel.Cell]] {
            var counts: [[Int]] = Array(repeating: Array(repeating: 0, count: regions.count), count: regions.count)
            let position = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1, $0) })
            for record in records {
                let (i, j) = (position[record.a.country.region]!, position[record.b.country.region]!)
                counts[min(i, j)][max(i, j)] += 1
            }
            var cells: [[DisclosureModel.Cell]] = Array(
                repeating: Array(repeating: 0, count: regions.count), count: regions.count)
            for i in regions.indices {
                for j in i..<regions.count {
                    // Without the matrix on the page the cells are still facts a reader can reason about.
                    cells[i][j] =
                        omitted.contains(.regionMatrix)
                        ? model.auxiliary(counts[i][j], bounds: 0...Int.max / 4) : model.cell(counts[i][j])
                    cells[j][i] = cells[i][j]
                }
            }
            for i in regions.indices {
                model.sum(
                    regionCells[regions[i]]!, of: regions.indices.map { cells[i][$0] },
                    weights: regions.indices.map { $0 == i ? 2 : 1 })
            }
            model.sum(pairs, of: regions.indices.flatMap { i in (i..<regions.count).map { cells[i][$0] } })
            // Partners live in different countries: a country's participants each have a partner
            // outside it, so it holds at most its region's participants less the pairs within the region.
            if !allowsSameCountryPairs {
                for (region, countries, _) in listed {
                    let i = position[region]!
                    for (_, cell) in countries {
                        model.atMost([(cell, 1), (regionCells[region]!, -1), (cells[i][i], 1)], 0)
                    }
                }
            }
            return cells
        }

        private mutating func breakdown<Code: CaseIterable & Hashable>(
            _ values: [Code], total: DisclosureModel.Cell
        ) -> [(code: Code, cells: SplitCells)] {
            let counts = Dictionary(grouping: values, by: { $0 }).mapValues(\.count)
            let cells = Code.allCases.map { (code: $0, cell: model.cell(counts[$0] ?? 0)) }
            model.sum(total, of: cells.map(\.cell))
            return cells.map { ($0.code, SplitCells(count: $0.cell, base: total, rest: nil)) }
        }

        /// A pair has two partners: a category's participants are twice the pairs with both
        /// partners in it plus the pairs with one; pairs across categories are the rest. The pairs
        /// by both partners' categories are facts the page never shows.
        private mutating func pairStructure<Code: Hashable>(
            _ code: KeyPath<PairRecord.Partner, Code?>, _ all: [Code],
            cells: [(code: Code, cells: SplitCells)],
            pairs: DisclosureModel.Cell
        ) -> SplitCells {
            var combination: [[Int]] = Array(repeating: Array(repeating: 0, count: all.count), count: all.count)
            let position = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1, $0) })
            var across = 0
            for record in records {
                guard let a = record.a[keyPath: code].flatMap({ position[$0] }),
                    let b = record.b[keyPath: code].flatMap({ position[$0] })
                else { continue }
                combination[min(a, b)][max(a, b)] += 1
                if a != b { across += 1 }
            }
            var byCombination: [[DisclosureModel.Cell]] = Array(
                repeating: Array(repeating: 0, count: all.count), count: all.count)
            for i in all.indices {
                for j in i..<all.count {
                    byCombination[i][j] = model.auxiliary(combination[i][j], bounds: 0...Int.max / 4)
                    byCombination[j][i] = byCombination[i][j]
                }
            }
            for (i, entry) in cells.enumerated() {
                model.sum(
                    entry.cells.count, of: all.indices.map { byCombination[i][$0] },
                    weights: all.indices.map { $0 == i ? 2 : 1 })
            }
            let split = split(across, of: pairs)
            model.sum(split.count, of: all.indices.flatMap { i in ((i + 1)..<all.count).map { byCombination[i][$0] } })
            model.sum(split.rest!, of: all.indices.map { byCombination[$0][$0] })
            return split
        }

        /// A count of pairs and the pairs it leaves out, which add up to all pairs.
        private mutating func split(_ count: Int, of pairs: DisclosureModel.Cell) -> SplitCells {
            let inside = model.cell(count)
            let rest = model.cell(model.values[pairs] - count)
            model.sum(pairs, of: [inside, rest])
            return SplitCells(count: inside, base: pairs, rest: rest)
        }

        private mutating func satisfactionCells(pairs: DisclosureModel.Cell) -> SplitCells {
            let scores = records.compactMap(\.satisfaction)
            let high = model.cell(scores.filter { $0 >= 4 }.count)
            let low = model.cell(scores.filter { $0 < 4 }.count)
            let silent = model.cell(records.count - scores.count)
            let answered = model.cell(scores.count)
            model.sum(pairs, of: [high, low, silent])
            model.sum(answered, of: [high, low])
            return SplitCells(count: high, base: answered, rest: low)
        }

        private func rows(_ entries: [(code: String, cells: SplitCells)]) -> [Row] {
            entries.map { Row(code: $0.code, share: share($0.cells)) }
        }

        private func share(_ cells: SplitCells) -> Share {
            let count = model.published(cells.count)
            let base = model.published(cells.base)
            var percent: Int?
            if let part = count.value, let whole = base.value, whole >= model.threshold {
                percent = (200 * part + whole) / (2 * whole)
            }
            return Share(count: count, base: base, percent: percent)
        }
    }

    /// The cells behind a share: a count, its base and, where it is a cell, what the base leaves.
    private struct SplitCells {
        let count: DisclosureModel.Cell
        let base: DisclosureModel.Cell
        let rest: DisclosureModel.Cell?
    }
}
