/// What each page's rendering depends on, as digests. Every page shows other pages' titles,
/// summaries, tags and schedules (navigation, lists, previous and next), so the front matter of
/// every file, all round and pair files, site.yaml, the theme and the options make one global
/// fingerprint; a content page adds its own file's. An edit to one topic's body changes one
/// page's fingerprint; an edit to any front matter changes them all.
struct SiteFingerprints: Sendable {
    let global: ContentDigest
    let files: [String: ContentDigest]

    init(sources: SourceSet, options: BuildOptions, baseURL: String) {
        let structure = sources.digests.keys.sorted().flatMap { [$0, sources.digests[$0]!.metadata.hex] }
        global = ContentDigest(parts: [
            RoundtableVersion.current, sources.theme.digest.hex, sources.configDigest.hex, baseURL,
            options.includeDrafts ? "drafts" : "published",
        ] + structure)
        files = sources.digests.mapValues(\.whole)
    }

    func page(showing contentPath: String?) -> ContentDigest {
        guard let contentPath, let file = files[contentPath] else { return global }
        return ContentDigest(combining: global, file)
    }
}
