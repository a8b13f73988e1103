import ArgumentParser
import Foundation
import IncrementalBuild
import RoundtableKit

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion:
            """
            The folder is replaced only when the whole build succeeds; on any error the previous site stays as \
            it was.

            Examples:
              roundtable build
              roundtable build --strict                        (for CI: warnings fail the build too)
              roundtable build --base-url https://preview.example.org/ --output preview
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the site into.", valueName: "dir"))
    var output: String = "output"

    func validate() throws {
        if output.isEmpty { throw ValidationError("--output needs a folder") }
    }

    func run() async throws {
        let started = Date()
        let progress = ProgressLine("building", quiet: site.quiet)
        let report = await Build.run(site.oneShotBuildOptions(output: output))
        progress.end()
        try Reporter.finish(report, quiet: site.quiet) {
            let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
            let changes = report.writtenCount == 0 ? "nothing changed" : "\(report.writtenCount) files written"
            let ledger =
                report.recordedStatistics
                ? "\nrecorded the published pair statistics in \(site.source)/\(StatisticsLedger.fileName): commit "
                    + "it with the site"
                : ""
            return "built \(report.pageCount) pages into \(output)/ in \(milliseconds) ms (\(changes))" + ledger
        }
    }
}
