extension RoundStatistics {
    /// Counts the pairs of one round and passes every count through one disclosure model.
    public static func compute(_ file: PairFile, threshold: Int) -> RoundStatistics {
        var builder = Builder(records: file.records, columns: file.columns, model: DisclosureModel(threshold: threshold))
        return builder.build()
    }

    private struct Builder {
        let records: [PairRecord]
        let columns: Set<PairColumn>
        var model: DisclosureModel

        mutating func build() -> RoundStatistics {
            let pairCount = records.count
            let pairs = model.cell(pairCount)
            let participants = model.cell(2 * pairCount)
            model.sum(participants, of: [pairs], weights: [2])

            let partners = records.flatMap { [$0.a, $0.b] }
            let byCountry = Dictionary(grouping: partners, by: \.country).mapValues(\.count)
            let presentRegions = Set(byCountry.keys.map(\.region)).sorted()
            var regionCells: [Region: DisclosureModel.Cell] = [:]
            var countryPlan: [(Region, [(Country, DisclosureModel.Cell)], DisclosureModel.Cell?)] = []
            for region in presentRegions {
                let counts = byCountry.filter { $0.key.region == region }
                let total = model.cell(counts.values.reduce(0, +))
                regionCells[region] = total
                let (listed, others) = rollUp(counts)
                if listed.isEmpty {
                    countryPlan.append((region, [], nil))
                    continue
                }
                let listedCells = listed.map { ($0.country, model.cell($0.count)) }
                let othersCell = others > 0 ? model.cell(others) : nil
                model.sum(total, of: listedCells.map(\.1) + (othersCell.map { [$0] } ?? []))
                countryPlan.append((region, listedCells, othersCell))
            }
            model.sum(participants, of: presentRegions.map { regionCells[$0]! })

            let matrix = regionMatrix(presentRegions, regionCells: regionCells, pairs: pairs)
            let sectors = columns.contains(.aSector) ? breakdown(partners.compactMap(\.sector), total: participants) : nil
            let stages = columns.contains(.aStage) ? breakdown(partners.compactMap(\.stage), total: participants) : nil
            let statuses = breakdown(records.map(\.status), total: pairs)
            let channels = columns.contains(.channels) ? Channel.allCases.map { channel in
                (channel.label, split(records.filter { $0.channels?.contains(channel) == true }.count, of: pairs))
            } : nil
            let crossSector = columns.contains(.aSector) ? split(records.filter { $0.a.sector != $0.b.sector }.count, of: pairs) : nil
            let crossStage = columns.contains(.aStage) ? split(records.filter { $0.a.stage != $0.b.stage }.count, of: pairs) : nil
            let satisfaction = columns.contains(.satisfaction) ? satisfactionCells(pairs: pairs) : nil
            let completed = statuses.first { $0.label == PairStatus.completed.label }!.cells

            model.protect()

            return RoundStatistics(
                threshold: model.threshold,
                pairs: model.published(pairs),
                participants: model.published(participants),
                countriesRepresented: byCountry.count,
                regions: countryPlan.map { region, listed, others in
                    RegionFigures(
                        region: region, participants: model.published(regionCells[region]!),
                        countries: listed.map { CountryFigure(country: $0.0, count: model.published($0.1)) },
                        otherCountries: others.map(model.published)
                    )
                },
                regionMatrix: matrix.map { row in row.map(model.published) },
                sectors: sectors.map(rows), stages: stages.map(rows), statuses: rows(statuses),
                channels: channels.map { $0.map { Row(label: $0.0, share: share($0.1)) } },
                crossSector: crossSector.map(share), crossStage: crossStage.map(share),
                completion: share(completed),
                satisfaction: satisfaction.map(share)
            )
        }

        /// Countries with at least k participants are listed; the rest are counted together, and
        /// if that count would itself be small, the smallest listed countries join it.
        private func rollUp(_ counts: [Country: Int]) -> (listed: [(country: Country, count: Int)], others: Int) {
            let sorted = counts.map { (country: $0.key, count: $0.value) }.sorted { ($1.count, $0.country.code) < ($0.count, $1.country.code) }
            var listed = sorted.filter { $0.count >= model.threshold }
            var others = sorted.filter { $0.count < model.threshold }.reduce(0) { $0 + $1.count }
            while others > 0 && others < model.threshold, let smallest = listed.popLast() {
                others += smallest.count
            }
            return (listed, others)
        }

        private mutating func regionMatrix(_ regions: [Region], regionCells: [Region: DisclosureModel.Cell], pairs: DisclosureModel.Cell) -> [[DisclosureModel.Cell]] {
            var counts: [[Int]] = Array(repeating: Array(repeating: 0, count: regions.count), count: regions.count)
            let position = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1, $0) })
            for record in records {
                let (i, j) = (position[record.a.country.region]!, position[record.b.country.region]!)
                counts[min(i, j)][max(i, j)] += 1
            }
            var cells: [[DisclosureModel.Cell]] = Array(repeating: Array(repeating: 0, count: regions.count), count: regions.count)
            for i in regions.indices {
                for j in i..<regions.count {
                    cells[i][j] = model.cell(counts[i][j])
                    cells[j][i] = cells[i][j]
                }
            }
            for i in regions.indices {
                model.sum(regionCells[regions[i]]!, of: regions.indices.map { cells[i][$0] }, weights: regions.indices.map { $0 == i ? 2 : 1 })
            }
            model.sum(pairs, of: regions.indices.flatMap { i in (i..<regions.count).map { cells[i][$0] } })
            return cells
        }

        private mutating func breakdown<Code: RawRepresentable & CaseIterable & Hashable>(_ values: [Code], total: DisclosureModel.Cell) -> [(label: String, cells: SplitCells)] where Code.RawValue == String {
            let counts = Dictionary(grouping: values, by: { $0 }).mapValues(\.count)
            let cells = Code.allCases.map { (code: $0, cell: model.cell(counts[$0] ?? 0)) }
            model.sum(total, of: cells.map(\.cell))
            return cells.map { (label(of: $0.code), SplitCells(count: $0.cell, base: total, rest: nil)) }
        }

        private func label<Code: RawRepresentable>(of code: Code) -> String where Code.RawValue == String {
            switch code {
            case let sector as Sector: sector.label
            case let stage as CareerStage: stage.label
            case let status as PairStatus: status.label
            default: code.rawValue
            }
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

        private func rows(_ entries: [(label: String, cells: SplitCells)]) -> [Row] {
            entries.map { Row(label: $0.label, share: share($0.cells)) }
        }

        private func share(_ cells: SplitCells) -> Share {
            let count = model.published(cells.count), base = model.published(cells.base)
            var percent: Int?
            if let part = count.value, let whole = base.value, whole >= model.threshold {
                percent = (200 * part + whole) / (2 * whole)
            }
            return Share(count: count, base: base, rest: cells.rest.map(model.published) ?? .withheld, percent: percent)
        }
    }

    /// The cells behind a share: a count, its base and, where it is a cell, what the base leaves.
    private struct SplitCells {
        let count: DisclosureModel.Cell
        let base: DisclosureModel.Cell
        let rest: DisclosureModel.Cell?
    }
}
