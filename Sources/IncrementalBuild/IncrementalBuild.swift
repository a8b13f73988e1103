import CRoundtableSystem
import Foundation
import RoundtableKit

/// A build that publishes, around the one pipeline: the build cache says what the last build
/// read and wrote, so that unchanged files are not read again, unchanged pages not rendered
/// again and unchanged bytes not written again. Every shortcut ends in the same bytes a build
/// without a cache writes.
struct IncrementalBuild {
    let options: BuildOptions
    let publisher: OutputPublisher
    let fileSystem: FileSystem

    func run() async -> BuildReport {
        roundtable_limit_retained_memory()
        var timer = StageTimer()
        // One build at a time per output folder: a preview server and a manual build must not
        // update the same standby tree.
        guard let lock = BuildLock(forOutput: publisher.outputDirectory) else {
            return BuildReport(diagnostics: [
                .error("another build is writing '\(publisher.outputDirectory)'; wait for it to finish")
            ])
        }
        defer { lock.release() }
        // A build with nothing to do needs only the cache's summary, the inputs' status and
        // output/'s folders' status: the three are taken at once, the folders' on the chance
        // that nothing changed.
        async let walking = InputWalk.take(options)
        let summary = BuildCache.Summary.load(forOutput: publisher.outputDirectory)
        let output = publisher.output
        let folderStatus = summary.map { summary in
            Task.detached { summary.outputFolders.digest(of: output) }
        }
        let walk = await walking
        // A commit can change a page's day without changing a file, so with dates from git
        // every build looks at the inputs.
        if let summary, let folderStatus, let status = walk?.statusDigest, summary.inputStatus == status,
            !options.datesFromGit, FileManager.default.fileExists(atPath: output + "/" + OutputPublisher.marker)
        {
            // Nothing to build, but a file added to output/ by hand is reported as every build
            // reports it (output/'s folders are listed only when their status changed), and the
            // last build's warnings still hold.
            let folders = await folderStatus.value
            timer.lap("read the cache's summary, scan the inputs and output/'s folders")
            if folders == nil || folders != summary.outputFolderStatus {
                let foreign = publisher.foreignFiles()
                guard foreign.isEmpty else {
                    return BuildReport(diagnostics: [diagnostic(for: OutputPublisher.ForeignFiles(paths: foreign))])
                }
                // Changed but clean (a file added and taken away again): remember the new status.
                if var updated = BuildCache.load(forOutput: publisher.outputDirectory) {
                    updated.outputFolderStatus = folders
                    try? updated.save(forOutput: publisher.outputDirectory)
                }
                timer.lap("look for files added to the output folder")
            }
            return BuildReport(diagnostics: summary.warnings, pageCount: summary.pageCount)
        }
        // Decoding the cache is work for the processor, arranging what the walk found too: they
        // overlap.
        async let arranging = walk.map(InputScan.init)
        let cache = BuildCache.load(forOutput: publisher.outputDirectory)
        let scan = await arranging
        timer.lap("load the build cache and scan the inputs")

        // Looking through output/ for files added by hand, which every build reports, waits for
        // the file system: it runs while the site loads, and the output sink takes its answer.
        let foreignFiles = Task.detached { [publisher] in publisher.foreignFiles() }
        var reader = await IncrementalReader(fileSystem: fileSystem, options: options, scan: scan, cache: cache)
        timer.lap("read what changed")
        var (outcome, published) = await publish(reading: reader, cache: cache, foreignFiles: foreignFiles)
        if outcome.publishingError is StandbyOutput.StaleCache {
            // The cache promised files that output/ does not have: build without it.
            BuildCache.remove(forOutput: publisher.outputDirectory)
            reader = await IncrementalReader(fileSystem: fileSystem, options: options, scan: scan, cache: nil)
            (outcome, published) = await publish(reading: reader, cache: nil, foreignFiles: foreignFiles)
        }
        timer.lap("load, assemble, render and publish")
        defer {
            if !options.freesMemory {
                MemoryLeftForExit.keep(reader, outcome.files, outcome.sources as Any, cache as Any)
            }
        }
        if let error = outcome.publishingError { return BuildReport(diagnostics: [diagnostic(for: error)]) }
        guard outcome.succeeded, let published else {
            return BuildReport(diagnostics: outcome.diagnostics, unchecked: outcome.unchecked)
        }
        // Pair files left unread still have the warnings the last build found in them.
        let unread = reader.skipsPairFiles ? (cache?.warnings ?? []).filter(\.isAboutAPairFile) : []
        let diagnostics = (outcome.diagnostics + unread).sorted()
        await remember(outcome, warnings: diagnostics, reader: reader, scan: scan, published: published)
        timer.lap("save the build cache")
        var report = BuildReport(
            diagnostics: diagnostics, pageCount: outcome.pageCount,
            writtenCount: outcome.written)
        report.recordedStatistics = outcome.recordedStatistics
        return report
    }

    private typealias Published = (current: [String: ContentDigest], standby: [String: ContentDigest]?)

    /// Into the standby tree when the cache describes output/, else into a new staging tree.
    private func publish(
        reading reader: IncrementalReader, cache: BuildCache?, foreignFiles: Task<[String], Never>
    ) async -> (Pipeline.Outcome, Published?) {
        let input = options.pipelineInput(reader: reader)
        do {
            if let cache, let pageInputs = reader.pageInputs,
                let standby = try StandbyOutput(
                    publisher, cache: cache, pageInputs: pageInputs, foreignFiles: foreignFiles)
            {
                let outcome = await Pipeline.run(input, into: standby)
                return (outcome, standby.published)
            }
            let keepsStandby = cache.map { !$0.current.isEmpty } ?? false
            let staging = try StagingOutput(
                publisher, keepingReplacedSiteAt: keepsStandby ? StandbyOutput.standbyDirectory(of: publisher) : nil,
                foreignFiles: foreignFiles)
            let outcome = await Pipeline.run(input, into: staging)
            var manifest = Dictionary(
                outcome.files.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
            manifest[OutputPublisher.marker] = ContentDigest(OutputPublisher.markerBytes(listing: manifest.keys))
            return (outcome, (manifest, staging.keptReplacedSite ? cache?.current : nil))
        } catch {
            return (Pipeline.Outcome(diagnostics: [], publishingError: error), nil)
        }
    }

    private func diagnostic(for error: Error) -> Diagnostic {
        switch error {
        case let foreign as OutputPublisher.ForeignFiles:
            .error("refusing to replace '\(publisher.outputDirectory)': \(foreign)")
        case let ledger as Pipeline.LedgerNotWritten: .error(ledger.description)
        default: .error("cannot write the site into '\(publisher.outputDirectory)': \(error)")
        }
    }

    /// Saves what this build did for the next one. A cache that cannot be written only makes
    /// the next build slower, so a failure here is not an error.
    private func remember(
        _ outcome: Pipeline.Outcome, warnings: [Diagnostic], reader: IncrementalReader, scan: InputScan?,
        published: Published
    ) async {
        var cache = await BuildCache(after: outcome, warnings: warnings, reader: reader, scan: scan)
        cache.current = published.current
        cache.outputFolders = OutputFolders(holding: published.current.keys)
        cache.outputFolderStatus = cache.outputFolders.digest(of: publisher.output)
        cache.standby = published.standby
        try? cache.save(forOutput: publisher.outputDirectory)
    }
}
