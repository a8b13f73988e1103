import ArgumentParser
import IncrementalBuild
import RoundtableKit

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Do everything build does, but write nothing; exit 1 on any error.",
        discussion: """
            Examples:
              roundtable check
              roundtable check --strict --source content
            """
    )

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let progress = ProgressLine("checking", quiet: site.quiet)
        let report = await Build.run(site.oneShotBuildOptions(output: nil))
        progress.end()
        try Reporter.finish(report, quiet: site.quiet) { "checked \(report.pageCount) pages: no problems" }
    }
}
