import Foundation
import RoundtableKit

/// Publishes into memory, for `serve`: pages whose inputs did not change since the last build
/// are taken from it without rendering, every other file is kept as delivered.
final class MemoryOutput: OutputSink, @unchecked Sendable {
    private let previous: [String: Data]
    private let pages: [String: CachedPage]
    private let pageInputs: PageInputs?
    /// The last build's search index, by page.
    private let searchLines: [String: SearchIndex.Line]?
    private let lock = NSLock()
    private var delivered: [String: Data] = [:]
    /// After `finish`: every file of the site, by path.
    private(set) var site: [String: Data] = [:]

    init(previous: [String: Data], cache: BuildCache?, pageInputs: PageInputs?) {
        self.previous = previous
        pages = cache?.pages ?? [:]
        self.pageInputs = pageInputs
        searchLines = previous[Routes.searchIndexPath].flatMap { SearchIndex.lines(of: [UInt8]($0)) }
    }

    var keepsBytes: Bool { false }

    func unchangedPage(_ outputPath: String, showing contentPaths: [String]) -> RenderedFile? {
        guard let pageInputs, let cached = pages[outputPath], previous[outputPath] != nil,
            cached.inputs == pageInputs.digest(ofPageShowing: contentPaths)
        else { return nil }
        return cached.rendered(at: outputPath, showing: contentPaths, searchLines: searchLines)
    }

    func deliver(_ path: String, digest: ContentDigest, bytes: Data) {
        lock.withLock { delivered[path] = bytes }
    }

    /// Returns how many files differ from the last build's (new, changed or gone).
    func finish(_ files: [RenderedFile]) throws -> Int {
        var site: [String: Data] = [:]
        site.reserveCapacity(files.count)
        var changed = 0
        for file in files {
            if let bytes = delivered[file.path] {
                site[file.path] = bytes
                if previous[file.path] != bytes { changed += 1 }
            } else if let bytes = previous[file.path] {
                site[file.path] = bytes
            }
        }
        changed += previous.keys.filter { site[$0] == nil }.count
        self.site = site
        return changed
    }

    func abandon() {}
}
