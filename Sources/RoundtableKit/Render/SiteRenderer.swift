/// The render stage: every page in parallel, then the checks that need all pages (heading
/// anchors), then the files that list them all (sitemap) and the theme's assets.
public enum SiteRenderer {
    public static func render(_ site: Site) async -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let renderer = PageRenderer(site: site)
        var jobs: [@Sendable () -> PageResult] = [
            { renderer.home() }, { renderer.roundsIndex() }, { renderer.topicsIndex() },
            { renderer.processIndex() }, { renderer.notFound() },
        ]
        jobs += site.rounds.map { round in { renderer.round(round) } }
        jobs += site.topics.indices.map { index in { renderer.topic(at: index) } }
        jobs += site.chapters.indices.map { index in { renderer.chapter(at: index) } }
        jobs += site.pages.map { page in { renderer.page(page) } }

        let results = await Parallel.map(jobs) { $0() }

        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            if let file = result.file { files.append(file) }
            diagnostics += result.diagnostics
        }
        // Anchors are checked against the ids the target page really carries (headings, and
        // the template's own sections), so a link into any kind of page is checked.
        let filesByPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var idsByTarget: [String: Set<String>] = [:]
        for check in results.flatMap(\.anchorChecks) {
            guard let permalink = site.links.permalinks[check.target], let file = filesByPath[permalink.outputFile] else { continue }
            let ids = idsByTarget[check.target] ?? ElementIDs.in(file.bytes)
            idsByTarget[check.target] = ids
            guard !ids.contains(check.fragment) else { continue }
            diagnostics.append(Diagnostic(
                .error, "broken anchor '\(check.written)': content/\(check.target) has no heading with the id '\(check.fragment)'",
                at: check.location, sourceLine: check.sourceLine, note: Suggestion.note(for: check.fragment, in: ids)
            ))
        }
        files.append(Sitemap.file(for: site))
        files += site.theme.assets.map { OutputFile(path: "assets/" + $0.path, bytes: $0.bytes) }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }
}
