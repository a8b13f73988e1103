import Foundation

/// The render stage: every page and the sitemap in parallel (unless the output sink holds a
/// page whose inputs are unchanged), then the checks that need all pages (heading anchors),
/// then the theme's assets, the static files and the attachments the pages link to.
package enum SiteRenderer {
    /// Every file is delivered to `sink` as soon as it is rendered.
    package static func render(_ site: Site, into sink: some OutputSink) async -> (
        files: [RenderedFile], diagnostics: [Diagnostic]
    ) {
        var timer = StageTimer()
        let jobs = pageJobs(site)
        let outcomes = await Parallel.map(jobs) { job -> (RenderedFile?, [Diagnostic]) in
            if let unchanged = sink.unchangedPage(job.outputPath, showing: job.contentPaths) {
                return (unchanged, unchanged.warnings)
            }
            let result = job.render()
            guard let file = result.file else { return (nil, result.diagnostics) }
            let rendered = finished(
                file, origin: .page(showing: job.contentPaths), anchorChecks: result.anchorChecks,
                attachments: result.attachments, warnings: result.diagnostics.filter { $0.severity == .warning },
                searchEntry: result.searchEntry, sink: sink)
            return (rendered, result.diagnostics)
        }
        timer.lap("    pages")
        var files = outcomes.compactMap(\.0)
        let diagnostics = outcomes.flatMap(\.1) + AnchorVerifier(site: site, files: files).brokenAnchors()
        timer.lap("    anchors")
        let index = SearchIndex.file(
            for: site, entries: files.compactMap(\.searchEntry), lines: files.compactMap(\.searchLine))
        files.append(finished(index, origin: .combined, sink: sink))
        timer.lap("    search index")

        files += site.theme.assets.map { asset in
            let file = OutputFile(path: site.routes.asset(asset.path).outputFile, bytes: asset.bytes)
            return finished(file, origin: .copied, sink: sink)
        }
        files += site.staticFiles.map {
            finished(OutputFile(path: $0.path, bytes: $0.bytes), origin: .copied, sink: sink)
        }
        // Only what a page links to: a file left in content/ by mistake is not published.
        let linked = Set(files.flatMap(\.attachments))
        files += site.attachments.filter { linked.contains($0.path) }.map { attachment in
            let path = site.routes.attachment(attachment.path).outputFile
            return finished(OutputFile(path: path, bytes: attachment.bytes), origin: .copied, sink: sink)
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }

    private static func finished(
        _ file: OutputFile, origin: RenderedFile.Origin, anchorChecks: [AnchorCheck] = [],
        attachments: [String] = [], warnings: [Diagnostic] = [], searchEntry: SearchEntry? = nil,
        sink: some OutputSink
    ) -> RenderedFile {
        let digest = ContentDigest(file.bytes)
        let ids = file.path.hasSuffix(".html") ? ElementIDs.in(file.bytes) : []
        sink.deliver(file.path, digest: digest, bytes: file.bytes)
        return RenderedFile(
            path: file.path, digest: digest, bytes: sink.keepsBytes ? file.bytes : nil, origin: origin,
            anchorChecks: anchorChecks, attachments: attachments, warnings: warnings, ids: ElementIDList(ids),
            searchEntry: searchEntry)
    }

    private static func pageJobs(_ site: Site) -> [PageJob] {
        let renderer = PageRenderer(site: site)
        let routes = site.routes
        var jobs = [
            PageJob(outputPath: routes.home.outputFile, contentPath: nil) { renderer.home() },
            PageJob(outputPath: routes.notFound.outputFile, contentPath: nil) { renderer.notFound() },
            // It lists every page, so it changes exactly when the global inputs digest does.
            PageJob(outputPath: routes.sitemap.outputFile, contentPath: nil) {
                PageResult(file: Sitemap.file(for: site))
            },
            PageJob(outputPath: routes.feed.outputFile, contentPath: nil) {
                PageResult(file: AtomFeed.file(for: site))
            },
            PageJob(outputPath: routes.robots.outputFile, contentPath: nil) {
                PageResult(file: Sitemap.robotsFile(for: site))
            },
            PageJob(outputPath: routes.search.outputFile, contentPath: nil) { renderer.search() },
        ]
        jobs += site.sections.map { section in
            PageJob(outputPath: routes.index(of: section).outputFile, contentPath: nil) { renderer.index(of: section) }
        }
        jobs += site.rounds.map { round in
            PageJob(outputPath: routes.round(round.id).outputFile, contentPath: round.contentPath) {
                renderer.round(round)
            }
        }
        // A calendar shows its round's dates and its guides' titles and summaries: the round
        // file and front matter.
        jobs += site.rounds.filter { RoundCalendar.hasEvents($0, in: site) }.map { round in
            PageJob(outputPath: routes.calendar(round.id).outputFile, contentPath: round.contentPath) {
                PageResult(file: RoundCalendar.file(for: round, in: site))
            }
        }
        // A pack shows its round's dates and its guides' bodies.
        jobs += site.rounds.filter { !(site.releasesByRound[$0.id] ?? []).isEmpty }.map { round in
            let guides = (site.releasesByRound[round.id] ?? []).compactMap { site.topic($0.topic)?.contentPath }
            return PageJob(outputPath: routes.pack(round.id).outputFile, contentPaths: [round.contentPath] + guides) {
                renderer.pack(round)
            }
        }
        if site.has(.process) {
            jobs.append(
                PageJob(outputPath: routes.printedHandbook.outputFile, contentPaths: site.chapters.map(\.contentPath)) {
                    renderer.printedHandbook()
                })
        }
        jobs += site.topics.indices.map { index in
            let topic = site.topics[index]
            return PageJob(outputPath: routes.topic(topic.slug).outputFile, contentPath: topic.contentPath) {
                renderer.topic(at: index)
            }
        }
        // Like the handbook's index, a part's page lists front matter only.
        jobs += site.parts.map { part in
            PageJob(outputPath: routes.part(part).outputFile, contentPath: nil) { renderer.partIndex(part) }
        }
        jobs += site.chapters.indices.map { index in
            let chapter = site.chapters[index]
            return PageJob(outputPath: routes.chapter(chapter).outputFile, contentPath: chapter.contentPath) {
                renderer.chapter(at: index)
            }
        }
        // Aliases are front matter, in the global inputs: no content file of their own.
        jobs += site.redirects.map { redirect in
            PageJob(outputPath: redirect.from.outputFile, contentPath: nil) {
                PageResult(file: RedirectPage.file(for: redirect, in: site))
            }
        }
        jobs += site.pages.map { page in
            PageJob(outputPath: routes.page(page.slug).outputFile, contentPath: page.contentPath) {
                renderer.page(page)
            }
        }
        return jobs
    }
}
