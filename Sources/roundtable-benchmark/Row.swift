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

    static func measure(
        _ site: SyntheticSite, roundtable: String, cmark: String?, hugo: String?, repeats: Int, trash: Trash
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
        return Row(
            topics: site.topicCount, pages: pages, full: full, noOp: noOp, oneEdit: oneEdit, cmark: cmarkTime,
            hugo: hugoTime)
    }

    static func table(_ rows: [Row], cmark: Bool, hugo: Bool) -> String {
        var lines = [
            "| topics | pages | full build | pages/s | peak memory | no-op rebuild | one-topic edit | cmark alone | "
                + "full ÷ cmark | Hugo | Hugo ÷ full |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            let seconds = { (m: Measurement) in String(format: "%.3f s", m.seconds) }
            let percent = { (m: Measurement) in
                String(format: "%.3f s (%.1f%%)", m.seconds, 100 * m.seconds / row.full.seconds)
            }
            let cells = [
                "\(row.topics)", "\(row.pages)", seconds(row.full),
                String(format: "%.0f", Double(row.pages) / row.full.seconds),
                String(format: "%.0f MB", row.full.peakMegabytes), percent(row.noOp), percent(row.oneEdit),
                row.cmark.map(seconds) ?? "—",
                row.cmark.map { String(format: "%.2f×", row.full.seconds / $0.seconds) } ?? "—",
                row.hugo.map(seconds) ?? "—",
                row.hugo.map { String(format: "%.2f×", $0.seconds / row.full.seconds) } ?? "—",
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if !cmark { lines.append("\n`cmark` is not installed: no cmark column.") }
        if !hugo { lines.append("\n`hugo` is not installed: no Hugo column.") }
        return lines.joined(separator: "\n")
    }
}
