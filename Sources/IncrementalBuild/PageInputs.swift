import Crypto
import RoundtableKit

/// What each page's rendering depends on, as digests. Every page shows other pages' titles,
/// summaries, tags and schedules (navigation, lists, previous and next), so what every file of
/// content/ shows (a Markdown file's front matter; all of a YAML or CSV file), the themes and
/// the options make one global inputs; a content page adds its own file's (a printable pack,
/// each of its guides'). An edit to one
/// topic's body changes one page's inputs; an edit to any front matter changes them all.
struct PageInputs: Sendable {
    let global: ContentDigest
    private let files: [String: CachedFile]

    init(files: [String: CachedFile], themeFiles: [String: CachedFile], options: BuildOptions) {
        var hasher = SHA256()
        for part in [
            RoundtableVersion.current, options.baseURL ?? "", options.includeDrafts ? "drafts" : "published",
            CommitDays.digest(options.commitDays ?? [:]),
        ] {
            ContentDigest.update(&hasher, withPart: part)
        }
        for (label, cached, digest) in [
            ("content", files, \CachedFile.shown), ("themes", themeFiles, \CachedFile.whole),
        ] {
            ContentDigest.update(&hasher, withPart: label)
            for path in cached.keys.sorted() {
                ContentDigest.update(&hasher, withPart: path)
                cached[path]![keyPath: digest].update(&hasher)
            }
        }
        // Used only where the site has no themes/ folder, but cheaper to count than to find out.
        BuiltInTheme.digest.update(&hasher)
        global = ContentDigest(finishing: hasher)
        self.files = files
    }

    func digest(ofPageShowing contentPaths: [String]) -> ContentDigest {
        contentPaths.reduce(global) { digest, path in
            files[path].map { ContentDigest(combining: digest, $0.whole) } ?? digest
        }
    }
}
