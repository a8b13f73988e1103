import ArgumentParser
import Foundation
import IncrementalBuild
import RoundtableKit

/// Prints a build's diagnostics to standard error, or its summary to standard output.
enum Reporter {
    static func finish(_ report: BuildReport, quiet: Bool = false, summary: () -> String) throws {
        if !report.diagnostics.isEmpty {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            let warnings = report.diagnostics.filter { $0.severity == .warning }.count
            let notes = report.diagnostics.filter { $0.severity == .note }.count
            var text = DiagnosticFormatter.format(report.diagnostics)
            if let unchecked = report.unchecked { text += "note: \(unchecked)\n" }
            text +=
                [counted(errors, "error"), counted(warnings, "warning"), counted(notes, "note")].compactMap { $0 }
                .joined(separator: ", ")
                + "\n"
            Terminal.problems(text)
        }
        guard report.succeeded else { throw ExitCode(1) }
        if !quiet { print(summary()) }
    }

    /// `1 error`, `3 warnings`; nil for none.
    private static func counted(_ count: Int, _ noun: String) -> String? {
        count == 0 ? nil : count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}

extension SiteOptions {
    /// For a command that builds once and exits: the build's memory is left to the system.
    func oneShotBuildOptions(output: String?) -> BuildOptions {
        var options = BuildOptions(
            contentDirectory: source, themesDirectory: themes, outputDirectory: output, baseURL: baseURL,
            includeDrafts: drafts, staticDirectory: staticFolder)
        options.freesMemory = false
        options.keepsFiles = false
        options.strict = strict
        options.datesFromGit = datesFromGit
        return options
    }
}
