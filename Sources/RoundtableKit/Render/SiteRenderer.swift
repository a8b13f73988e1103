import Foundation

/// The render stage: every page and the sitemap in parallel (or taken from the build cache when
/// their inputs are unchanged), then the checks that need all pages (heading anchors), then the
/// theme's assets and the static files.
public enum SiteRenderer {
    /// `memory` is the cache's record of the last build. With a `sink`, each file is published
    /// as soon as it is rendered and its bytes are not kept.
    static func render(
        _ site: Site, fingerprints: SiteFingerprints? = nil, memory: [String: PageMemory] = [:], sink: PublishSession? = nil
    ) async -> (files: [RenderedFile], diagnostics: [Diagnostic]) {
        let jobs = pageJobs(site)
        let outcomes = await Parallel.map(jobs) { job -> (RenderedFile?, [Diagnostic]) in
            let fingerprint = fingerprints?.page(showing: job.contentPath)
            if let fingerprint, let remembered = memory[job.outputPath], remembered.fingerprint == fingerprint {
                return (RenderedFile(path: job.outputPath, digest: remembered.digest, bytes: nil, fingerprint: fingerprint,
                                     anchorChecks: remembered.anchorChecks, ids: remembered.ids), [])
            }
            let result = job.render()
            guard let file = result.file else { return (nil, result.diagnostics) }
            return (finished(file, fingerprint: fingerprint, anchorChecks: result.anchorChecks, sink: sink), result.diagnostics)
        }
        var files = outcomes.compactMap(\.0)
        let diagnostics = outcomes.flatMap(\.1) + AnchorVerifier(site: site, files: files).brokenAnchors()

        files += site.theme.assets.map { finished(OutputFile(path: "assets/" + $0.path, bytes: $0.bytes), sink: sink) }
        files += site.staticFiles.map { finished(OutputFile(path: $0.path, bytes: $0.bytes), sink: sink) }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }

    private static func finished(_ file: OutputFile, fingerprint: ContentDigest? = nil, anchorChecks: [AnchorCheck] = [], sink: PublishSession?) -> RenderedFile {
        let digest = ContentDigest(file.bytes)
        let ids = file.path.hasSuffix(".html") ? ElementIDs.in(file.bytes) : []
        sink?.deliver(file.path, digest: digest, bytes: file.bytes)
        return RenderedFile(path: file.path, digest: digest, bytes: sink == nil ? file.bytes : nil, fingerprint: fingerprint,
                            anchorChecks: anchorChecks, ids: ElementIDList(ids))
    }

    private static func pageJobs(_ site: Site) -> [PageJob] {
        let renderer = PageRenderer(site: site)
        var jobs = [
            PageJob(outputPath: Permalink.home.outputFile, contentPath: nil) { renderer.home() },
            PageJob(outputPath: Permalink.notFound.outputFile, contentPath: nil) { renderer.notFound() },
            // It lists every page, so it changes exactly when the global fingerprint does.
            PageJob(outputPath: Sitemap.path, contentPath: nil) { PageResult(file: Sitemap.file(for: site)) },
        ]
        jobs += site.sections.map { section in
            PageJob(outputPath: Permalink(section.path).outputFile, contentPath: nil) { renderer.index(of: section) }
        }
        jobs += site.rounds.map { round in
            PageJob(outputPath: Permalink("rounds/\(round.id)/").outputFile, contentPath: "rounds/\(round.id).yaml") { renderer.round(round) }
        }
        jobs += site.topics.indices.map { index in
            let topic = site.topics[index]
            return PageJob(outputPath: Permalink("topics/\(topic.slug)/").outputFile, contentPath: topic.contentPath) { renderer.topic(at: index) }
        }
        jobs += site.chapters.indices.map { index in
            let chapter = site.chapters[index]
            return PageJob(outputPath: Permalink("process/\(chapter.slug)/").outputFile, contentPath: chapter.contentPath) { renderer.chapter(at: index) }
        }
        jobs += site.pages.map { page in
            PageJob(outputPath: Permalink("\(page.slug)/").outputFile, contentPath: page.contentPath) { renderer.page(page) }
        }
        return jobs
    }
}
