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

        package init(
            diagnostics: [Diagnostic], sources: SourceSet? = nil, files: [RenderedFile] = [],
            publishingError: Error? = nil
        ) {
            self.diagnostics = diagnostics
            self.sources = sources
            self.files = files
            self.publishingError = publishingError
        }

        package var succeeded: Bool { publishingError == nil && !diagnostics.contains { $0.severity == .error } }
    }

    package static func run(_ input: Input, into sink: some OutputSink) async -> Outcome {
        var timer = StageTimer()
        let loader = SiteLoader(
            reader: input.reader, contentDirectory: input.contentDirectory, themesDirectory: input.themesDirectory,
            staticDirectory: input.staticDirectory, keepsTopicBodies: input.keepsTopicBodies)
        let (loaded, loadProblems) = await loader.load()
        timer.lap("  load")
        guard let sources = loaded else { return Outcome(diagnostics: loadProblems.sorted()) }
        let (assembled, assemblyProblems) = SiteAssembler.assemble(
            sources, baseURL: input.baseURL, includeDrafts: input.includeDrafts)
        timer.lap("  assemble")
        guard let site = assembled else { return Outcome(diagnostics: assemblyProblems.sorted(), sources: sources) }
        do {
            try await sink.prepare()
        } catch {
            return Outcome(diagnostics: [], sources: sources, publishingError: error)
        }
        let (files, renderProblems) = await SiteRenderer.render(site, into: sink)
        timer.lap("  render and write")
        var outcome = Outcome(diagnostics: (renderProblems + site.warnings).sorted(), sources: sources, files: files)
        // Warnings are reported and the site published; any error keeps the old site.
        guard !renderProblems.contains(where: { $0.severity == .error }) else {
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
}
