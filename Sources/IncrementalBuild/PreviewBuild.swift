import Foundation
import RoundtableKit

/// The site `serve` shows: built with the one pipeline into memory, and built again on demand
/// with what the last build read and rendered kept in memory, so that only what changed is
/// read and rendered. Nothing is written to disk, not even the statistics ledger: a preview is
/// not a publication.
public final class PreviewBuild: @unchecked Sendable {
    /// One successful build.
    public struct Site: Sendable {
        /// Every file by its path below the base URL (`topics/x/index.html`).
        public let files: [String: Data]
        /// The path of the base URL, where the site is served: `/` or `/iln/`.
        public let basePath: String
    }

    /// What one run gave.
    public struct Result: Sendable {
        public let report: BuildReport
        /// The new site when the build succeeded, else nil (the last good site stays). The
        /// report's `writtenCount` is how many files differ from the last good site's.
        public let site: Site?
    }

    private let options: BuildOptions
    private let lock = NSLock()
    private var cache: BuildCache?
    private var files: [String: Data] = [:]
    private var lastScan: InputScan?

    public init(options: BuildOptions) {
        var options = options
        options.outputDirectory = nil
        self.options = options
    }

    /// Whether a file of the inputs was added, removed or changed since the last run began, by
    /// their sizes and modification times (for a watcher without change events).
    public func inputsChanged() -> Bool {
        let now = InputWalk.take(options)?.statusDigest
        return lock.withLock { now == nil || now != lastScan?.statusDigest }
    }

    /// Builds the site again; `published` is called with the result as soon as it is known,
    /// before what the build read is put away for the next one. `changed` is every file a
    /// watcher saw change since the last run, when it knows them all: then only those are
    /// looked at, not every folder. Not to be called while a run is under way.
    public func run(changed: Set<String>? = nil, published: (Result) -> Void) async {
        var timer = StageTimer()
        let (cache, previous, lastScan) = lock.withLock { (self.cache, files, self.lastScan) }
        let scan =
            changed.flatMap { lastScan?.updated(changing: $0, staticDirectory: options.staticDirectory) }
            ?? InputScan.take(options)
        lock.withLock { self.lastScan = scan }
        var dated = options
        dated.readCommitDays()
        timer.lap("scan the inputs")
        let reader = await IncrementalReader(fileSystem: .disk, options: dated, scan: scan, cache: cache)
        timer.lap("read what changed")
        var input = dated.pipelineInput(reader: reader)
        input.keepsTopicBodies = false
        input.recordsStatistics = false
        let sink = MemoryOutput(previous: previous, cache: cache, pageInputs: reader.pageInputs)
        let outcome = await Pipeline.run(input, into: sink)
        timer.lap("load, assemble and render")
        guard outcome.succeeded else {
            let diagnostics =
                outcome.diagnostics.isEmpty
                ? [Diagnostic.error("cannot build the site: \(outcome.publishingError.map { "\($0)" } ?? "")")]
                : outcome.diagnostics
            published(
                Result(
                    report: BuildReport(diagnostics: diagnostics, unchecked: outcome.unchecked), site: nil))
            return
        }
        let unread = reader.skipsPairFiles ? (cache?.warnings ?? []).filter(\.isAboutAPairFile) : []
        let diagnostics = (outcome.diagnostics + unread).sorted()
        let site = sink.site
        let baseURL = options.baseURL.flatMap(BaseURL.init) ?? outcome.sources?.config.baseURL
        published(
            Result(
                report: BuildReport(
                    diagnostics: diagnostics, pageCount: outcome.pageCount,
                    writtenCount: outcome.written),
                site: Site(files: site, basePath: baseURL?.path ?? "/")))
        timer.lap("publish")
        let remembered = await BuildCache(after: outcome, warnings: diagnostics, reader: reader, scan: scan)
        lock.withLock {
            self.cache = remembered
            files = site
        }
        timer.lap("remember for the next build")
    }
}
