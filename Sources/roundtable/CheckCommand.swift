import ArgumentParser
import IncrementalBuild
import RoundtableKit

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Do everything build does, but write nothing; exit 1 on any error."
    )

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let report = await Build.run(site.oneShotBuildOptions(output: nil))
        try Reporter.finish(report) { "checked \(report.pageCount) pages: no problems" }
    }
}
