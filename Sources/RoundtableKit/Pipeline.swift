import Foundation

/// The pipeline in one function: load → assemble → render → publish, each stage a function
/// of the values the one before made, problems collected on the way. The caller chooses where
/// sources come from (`SourceReader`) and where files go (`OutputSink`): `check` and the tests
/// read from disk or memory into memory; `build` reads from disk into a staging or standby tree.
package enum Pipeline {
    package struct Input: Sendable {
        package var reader: SourceReader
        package var contentDirectory: String
        package var themesDirectory: String
        package var staticDirectory: String?
        package var baseURL: String?
        package var includeDrafts = false
        /// False when publishing: each topic's body is read again when its page is rendered.
        package var keepsTopicBodies = true
        /// Whether releases of pair statistics are recorded in content/'s statistics ledger.
        package var recordsStatistics = false
        /// `--strict`: every warning is an error, and the site is not published.
        package var warningsAreErrors = false
        /// The day of each content file's last commit (`--dates-from-git`), by path.
        package var commitDays: [String: CalendarDate] = [:]
        /// Problems found before the pipeline ran (a history asked for and not found).
        package var warnings: [Diagnostic] = []

        package init(
            reader: SourceReader, contentDirectory: String, themesDirectory: String, staticDirectory: String? = nil,
            baseURL: String? = nil
        ) {
            self.reader = reader
            self.contentDirectory = contentDirectory
            self.themesDirectory = themesDirectory
            self.staticDirectory = staticDirectory
            self.baseURL = baseURL
        }
    }

    package struct Outcome {
        /// Errors and warnings, sorted.
        package var diagnostics: [Diagnostic]
        /// What the load stage read, when it succeeded.
        package var sources: SourceSet?
        package var files: [RenderedFile] = []
        /// Files the sink wrote.
        package var written = 0
        /// Why the sink could not publish, if it could not.
        package var publishingError: Error?
        /// Whether the statistics ledger in content/ was written.
        package var recordedStatistics = false
        /// What could not be checked because of the errors found, said in a sentence.
        package var unchecked: String?

        package init(
            diagnostics: [Diagnostic], sources: SourceSet? = nil, files: [RenderedFile] = [],
            publishingError: Error? = nil, unchecked: String? = nil
        ) {
            self.diagnostics = diagnostics
            self.unchecked = unchecked
            self.sources = sources
            self.files = files
            self.publishingError = publishingError
        }

        /// The HTML pages among the files.
        package var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }

        package var succeeded: Bool { publishingError == nil && !diagnostics.contains { $0.severity == .error } }
    }

    package static func run(_ input: Input, into sink: some OutputSink) async -> Outcome {
        var timer = StageTimer()
        let loader = SiteLoader(
            reader: input.reader, contentDirectory: input.contentDirectory, themesDirectory: input.themesDirectory,
            staticDirectory: input.staticDirectory, keepsTopicBodies: input.keepsTopicBodies)
        let (loaded, loadProblems) = await loader.load()
        timer.lap("  load")
        guard let sources = loaded else {
            return Outcome(
                diagnostics: loadProblems.sorted(),
                unchecked: Unchecked.nothingPastLoad(
                    loadProblems, siteFile: loader.displayPath("site.yaml"), themesDirectory: input.themesDirectory))
        }
        let (assembled, assemblyProblems) = SiteAssembler.assemble(
            sources, baseURL: input.baseURL, includeDrafts: input.includeDrafts, commitDays: input.commitDays)
        timer.lap("  assemble")
        // Only an unusable --base-url leaves no site to check.
        guard let site = assembled else {
            return Outcome(diagnostics: (loadProblems + assemblyProblems).sorted(), sources: sources)
        }
        let earlier = loadProblems + assemblyProblems + input.warnings
        // Under --strict, warnings are errors.
        func reported(_ renderProblems: [Diagnostic]) -> [Diagnostic] {
            let found = (earlier + renderProblems + site.warnings).sorted()
            return input.warningsAreErrors ? found.map(\.asError) : found
        }
        guard !earlier.contains(where: { $0.severity == .error }) else {
            // Rendered only for the problems the pages show (links, anchors, templates): a site
            // with errors is not published, so the sink is not touched.
            let (_, renderProblems) = await SiteRenderer.render(site, into: UnpublishedOutput(keepsBytes: false))
            return Outcome(diagnostics: reported(renderProblems), sources: sources, unchecked: Unchecked.files(sources))
        }
        do {
            try await sink.prepare()
        } catch {
            return Outcome(diagnostics: [], sources: sources, publishingError: error)
        }
        let (files, renderProblems) = await SiteRenderer.render(site, into: sink)
        timer.lap("  render and write")
        var outcome = Outcome(diagnostics: reported(renderProblems), sources: sources, files: files)
        guard !outcome.diagnostics.contains(where: { $0.severity == .error }) else {
            sink.abandon()
            return outcome
        }
        do {
            // The ledger is written before the new site goes out: a release that is recorded
            // but not published costs nothing, one published but not recorded could be differenced.
            if site.ledgerChanged && input.recordsStatistics {
                try record(site.ledger, in: input.contentDirectory)
                outcome.recordedStatistics = true
            }
            outcome.written = try sink.finish(files)
            timer.lap("  publish")
        } catch {
            sink.abandon()
            outcome.publishingError = error
        }
        return outcome
    }

    private static func record(_ ledger: StatisticsLedger, in contentDirectory: String) throws {
        let path = contentDirectory + "/" + StatisticsLedger.fileName
        do {
            try Data(ledger.encoded().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LedgerNotWritten(path: path, reason: error.localizedDescription)
        }
    }

    package struct LedgerNotWritten: Error, CustomStringConvertible {
        let path: String
        let reason: String
        package var description: String { "cannot record the published statistics in \(path): \(reason)" }
    }

    /// "Fix these and run again": what the errors kept the build from checking.
    enum Unchecked {
        /// When site.yaml or the theme failed, nothing past the load stage ran.
        static func nothingPastLoad(_ problems: [Diagnostic], siteFile: String, themesDirectory: String) -> String? {
            let files = problems.filter { $0.severity == .error }.compactMap(\.location?.file)
            let cause: String
            if files.contains(siteFile) {
                cause = "\(siteFile) has errors"
            } else if files.contains(where: { $0.hasPrefix(themesDirectory + "/") }) {
                cause = "the theme has errors"
            } else {
                // No content folder, or no theme by that name: one error, nothing else to say.
                return nil
            }
            return "\(cause), so the other files were read but schedules, links, anchors and pair statistics were "
                + "not checked: fix these and run again"
        }

        /// Names the file when there is one, counts them when there are several.
        static func files(_ sources: SourceSet) -> String? {
            let unread = sources.unreadContentPaths
            let pairFiles = unread.filter { $0.hasPrefix("pairs/") }.sorted()
            let others = unread.subtracting(pairFiles).sorted()
            var parts: [String] = []
            if !others.isEmpty {
                let subject =
                    others.count == 1 ? "\(sources.shownContentPath(others[0])) has" : "\(others.count) files have"
                parts.append(
                    "\(subject) errors, so \(others.count == 1 ? "it was" : "they were") left out and the links, "
                        + "schedules and pair files that name \(others.count == 1 ? "it" : "them") were not checked")
            }
            if !pairFiles.isEmpty {
                let subject =
                    pairFiles.count == 1
                    ? "\(sources.shownContentPath(pairFiles[0])) has" : "\(pairFiles.count) pair files have"
                parts.append(
                    "\(subject) errors, so \(pairFiles.count == 1 ? "it was" : "they were") not checked against "
                        + "\(pairFiles.count == 1 ? "its round" : "their rounds") and no statistics were made from "
                        + "\(pairFiles.count == 1 ? "it" : "them")")
            }
            return parts.isEmpty ? nil : parts.joined(separator: "; ") + ": fix these and run again"
        }
    }
}
