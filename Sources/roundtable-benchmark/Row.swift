import Foundation

/// The figures for one site size.
struct Row {
    let topics: Int
    let pages: Int
    let full: Measurement
    let noOp: Measurement
    let oneEdit: Measurement
    let cmark: Measurement?
    let hugo: Measurement?
    let floor: Measurement?

    static func measure(
        _ site: SyntheticSite, roundtable: String, cmark: String?, hugo: String?, floor: String?, repeats: Int,
        trash: Trash
    ) throws -> Row {
        let output = site.root.appendingPathComponent("output")
        let cache = site.root.appendingPathComponent(".roundtable-cache")
        let build = ["build", "--source", "content", "--output", "output"]
        let clean = {
            try trash.discard(output)
            try trash.discard(cache)
        }
        let full = try Measurement.best(of: repeats, prepare: clean) {
            try Measurement.run(roundtable, build, in: site.root)
        }
        let noOp = try Measurement.best(of: repeats) { try Measurement.run(roundtable, build, in: site.root) }
        var edits = 0
        let edited = site.content.appendingPathComponent("topics/\(site.slug(site.topicCount / 2)).md")
        let original = try String(contentsOf: edited, encoding: .utf8)
        let oneEdit = try Measurement.best(
            of: repeats,
            prepare: {
                edits += 1
                try (original + "\nAn edit, number \(edits).\n").write(to: edited, atomically: true, encoding: .utf8)
            }
        ) { try Measurement.run(roundtable, build, in: site.root) }
        try original.write(to: edited, atomically: true, encoding: .utf8)
        let pages = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []).filter {
            $0.hasSuffix(".html")
        }.count

        var cmarkTime: Measurement?
        if let cmark {
            let files = (try FileManager.default.contentsOfDirectory(atPath: site.bodies.path)).sorted().map {
                "bodies/\($0)"
            }
            cmarkTime = try Measurement.best(of: repeats) { try Measurement.run(cmark, files, in: site.root) }
        }
        var hugoTime: Measurement?
        if let hugo {
            let public_ = site.hugo.appendingPathComponent("public")
            hugoTime = try Measurement.best(of: repeats, prepare: { try trash.discard(public_) }) {
                try Measurement.run(
                    hugo, ["--quiet", "--source", site.hugo.path, "--destination", public_.path], in: site.root)
            }
        }
        var floorTime: Measurement?
        if let floor {
            let output = site.root.appendingPathComponent("floor-output")
            floorTime = try Measurement.best(of: repeats, prepare: { try trash.discard(output) }) {
                try Measurement.run(floor, [site.content.path, output.path, "2"], in: site.root)
            }
        }
        return Row(
            topics: site.topicCount, pages: pages, full: full, noOp: noOp, oneEdit: oneEdit, cmark: cmarkTime,
            hugo: hugoTime, floor: floorTime)
    }

    static func table(_ rows: [Row], cmark: Bool, hugo: Bool, floor: Bool) -> String {
        var lines = [
            "| topics | pages | full build | pages/s | peak memory | no-op rebuild | one-topic edit | floor | "
                + "full ÷ floor | cmark alone | full ÷ cmark | Hugo | Hugo ÷ full |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            let seconds = { (m: Measurement) in String(format: "%.3f s", m.seconds) }
            let percent = { (m: Measurement) in
                String(format: "%.3f s (%.1f%%)", m.seconds, 100 * m.seconds / row.full.seconds)
            }
            // Each optional tool gives its time and how many times longer one tool took than the other.
            let compared = { (tool: Measurement?, ratio: (Measurement) -> Double) -> [String] in
                guard let tool else { return ["—", "—"] }
                return [seconds(tool), String(format: "%.2f×", ratio(tool))]
            }
            var cells: [String] = ["\(row.topics)", "\(row.pages)", seconds(row.full)]
            cells.append(String(format: "%.0f", Double(row.pages) / row.full.seconds))
            cells += [String(format: "%.0f MB", row.full.peakMegabytes), percent(row.noOp), percent(row.oneEdit)]
            cells += compared(row.floor) { row.full.seconds / $0.seconds }
            cells += compared(row.cmark) { row.full.seconds / $0.seconds }
            cells += compared(row.hugo) { $0.seconds / row.full.seconds }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if !cmark { lines.append("\n`cmark` is not installed: no cmark column.") }
        if !hugo { lines.append("\n`hugo` is not installed: no Hugo column.") }
        if !floor { lines.append("\nbenchmark/floor.c could not be compiled: no floor column.") }
        return lines.joined(separator: "\n")
    }
}
