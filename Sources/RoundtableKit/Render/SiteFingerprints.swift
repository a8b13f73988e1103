import Crypto

/// What each page's rendering depends on, as digests. Every page shows other pages' titles,
/// summaries, tags and schedules (navigation, lists, previous and next), so the front matter of
/// every file, all round and pair files, site.yaml, the theme and the options make one global
/// fingerprint; a content page adds its own file's. An edit to one topic's body changes one
/// page's fingerprint; an edit to any front matter changes them all.
struct SiteFingerprints: Sendable {
    let global: ContentDigest
    let files: [String: ContentDigest]

    init(sources: SourceSet, options: BuildOptions, baseURL: String) {
        var hasher = SHA256()
        for part in [RoundtableVersion.current, sources.theme.digest.hex, sources.configDigest.hex, baseURL, options.includeDrafts ? "drafts" : "published"] {
            ContentDigest.update(&hasher, withPart: part)
        }
        for path in sources.digests.keys.sorted() {
            ContentDigest.update(&hasher, withPart: path)
            sources.digests[path]!.metadata.update(&hasher)
        }
        global = ContentDigest(finishing: hasher)
        files = sources.digests.mapValues(\.whole)
    }

    func page(showing contentPath: String?) -> ContentDigest {
        guard let contentPath, let file = files[contentPath] else { return global }
        return ContentDigest(combining: global, file)
    }
}
