import Foundation
import RoundtableKit

extension BuildCache {
    /// What a successful build read and rendered, for the next build: saved beside output/ by
    /// `build`, kept in memory by `serve`. What output/ holds is the caller's to add.
    init(after outcome: Pipeline.Outcome, warnings: [Diagnostic], reader: IncrementalReader, scan: InputScan?) async {
        self.init()
        let (files, themeFiles, pageInputs) = await reader.completed()
        // Like git's racy-clean rule: a file changed in the same instant as the build could be
        // changed again without its time moving, so only an older state is trusted.
        let trustedBefore = Date().timeIntervalSince1970 - 2
        let trusting = { (file: CachedFile) -> CachedFile in
            var file = file
            file.trusted = file.status.map { $0.modified < trustedBefore } ?? false
            return file
        }
        self.files = files.mapValues(trusting)
        self.themeFiles = themeFiles.mapValues(trusting)
        global = pageInputs.global
        self.warnings = warnings
        for topic in outcome.sources?.topics ?? [] {
            guard let shown = files[topic.contentPath]?.shown else { continue }
            var header = TopicHeader(
                title: topic.title, summary: topic.summary, tags: topic.tags, draft: topic.draft,
                bodyLineOffset: topic.body.lineOffset, frontMatter: shown)
            header.updated = topic.updated
            header.order = topic.order
            header.aliases = topic.aliases
            header.anchors = topic.anchors
            header.summaryNote = topic.summaryNote
            topics[topic.contentPath] = header
        }
        for round in outcome.sources?.rounds ?? [] {
            rounds[round.contentPath] = CachedRound(round, whole: ContentDigest(round.file.text))
        }
        if let sources = outcome.sources, let whole = files[StatisticsLedger.fileName]?.whole {
            ledger = CachedLedger(whole: whole, ledger: sources.ledger)
        }
        pages.reserveCapacity(outcome.files.count)
        for file in outcome.files {
            guard case .page(let contentPaths) = file.origin else { continue }
            pages[file.path] = CachedPage(
                inputs: pageInputs.digest(ofPageShowing: contentPaths), digest: file.digest,
                anchorChecks: file.anchorChecks, attachments: file.attachments, warnings: file.warnings,
                ids: file.ids, searchPath: file.searchEntry?.path ?? file.searchLine?.path)
        }
        if let scan, scan.newestModification < trustedBefore { inputStatus = scan.statusDigest }
    }
}
