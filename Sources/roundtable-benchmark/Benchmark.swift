import ArgumentParser
import Foundation

@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundtable-benchmark",
        abstract: "Measure Roundtable against cmark and Hugo on the same synthetic topics.",
        discussion:
            "Run it through scripts/benchmark, which builds everything in release mode first. Figures never gate "
            + "the tests."
    )

    @Option(help: "Topic counts to measure, comma-separated.")
    var sizes: String = "1000,10000"

    @Flag(help: "Also measure 50,000 topics (several minutes).")
    var large = false

    @Option(help: "The roundtable executable to measure.")
    var roundtable: String = ".build/release/roundtable"

    @Option(help: "Where to generate the synthetic sites.")
    var work: String = ".build/benchmark"

    @Option(help: "Runs per measurement; the fastest counts.")
    var repeats: Int = 3

    @Flag(help: "Measure only save → reload through `roundtable serve`, on sites generated before.")
    var reloadOnly = false

    func run() throws {
        let project = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let executable = URL(fileURLWithPath: roundtable, relativeTo: project).standardizedFileURL.path
        var counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if large { counts.append(50_000) }
        let cmark = Tools.find("cmark")
        let hugo = Tools.find("hugo")
        let floor =
            reloadOnly
            ? nil
            : Floor.build(project: project, into: URL(fileURLWithPath: work, relativeTo: project).standardizedFileURL)
        if reloadOnly {
            print(try reloadTable(executable: executable, project: project, sizes: counts))
            return
        }
        var rows: [Row] = []
        let trash = Trash(
            URL(fileURLWithPath: work, relativeTo: project).standardizedFileURL.appendingPathComponent("trash"))
        defer { trash.empty() }
        for count in counts {
            let site = SyntheticSite(
                topicCount: count,
                root: URL(fileURLWithPath: work, relativeTo: project).standardizedFileURL.appendingPathComponent(
                    "site-\(count)"))
            FileHandle.standardError.write(Data("generating \(count) topics in \(site.root.path)…\n".utf8))
            try site.write(themes: project.appendingPathComponent("themes"), trash: trash)
            // A build trusts its digest of the inputs' status only for inputs older than two seconds (as git does).
            Thread.sleep(forTimeInterval: 2.1)
            FileHandle.standardError.write(Data("measuring…\n".utf8))
            rows.append(
                try Row.measure(
                    site, roundtable: executable, cmark: cmark, hugo: hugo, floor: floor, repeats: repeats, trash: trash
                ))
        }
        print(Row.table(rows, cmark: cmark != nil, hugo: hugo != nil, floor: floor != nil))
        print(try reloadTable(executable: executable, project: project, sizes: counts))
    }
}

extension Benchmark {
    /// Save → reload through `roundtable serve`, on a copy of the demo site and on each synthetic site.
    func reloadTable(executable: String, project: URL, sizes: [Int]) throws -> String {
        let work = URL(fileURLWithPath: work, relativeTo: project).standardizedFileURL
        let demo = work.appendingPathComponent("demo")
        try? FileManager.default.removeItem(at: demo)
        try FileManager.default.createDirectory(at: demo, withIntermediateDirectories: true)
        for folder in ["content", "themes"] {
            try FileManager.default.copyItem(
                at: project.appendingPathComponent(folder), to: demo.appendingPathComponent(folder))
        }
        var sites = [("demo site", demo, demo.appendingPathComponent("content/topics/library-spaces.md"))]
        for count in sizes {
            let site = SyntheticSite(topicCount: count, root: work.appendingPathComponent("site-\(count)"))
            guard FileManager.default.fileExists(atPath: site.content.path) else {
                throw BenchmarkError(
                    "no site of \(count) topics in \(site.root.path): run the benchmark once without --reload-only")
            }
            sites.append(
                ("\(count) topics", site.root, site.content.appendingPathComponent("topics/\(site.slug(count / 2)).md"))
            )
        }
        var lines = ["| site | save → reload event, best | median |", "|---|---:|---:|"]
        for (name, root, topic) in sites {
            FileHandle.standardError.write(Data("measuring save → reload on the \(name)…\n".utf8))
            let latency = try ReloadLatency.measure(
                roundtable: executable, project: root, topic: topic, repeats: max(5, repeats))
            lines.append(
                String(format: "| %@ | %.0f ms | %.0f ms |", name, latency.best * 1000, latency.median * 1000))
        }
        return lines.joined(separator: "\n")
    }
}

enum Tools {
    static func find(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
