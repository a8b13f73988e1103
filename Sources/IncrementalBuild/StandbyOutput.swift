import Foundation
import RoundtableKit

/// Publishes by bringing the standby tree beside output/ (the site before the last build) up
/// to date and swapping it in: pages whose inputs is unchanged are not rendered, files
/// whose bytes output/ holds already are hard-linked from it, and only changed bytes are
/// written. Only the swap at the end changes what output/ shows.
final class StandbyOutput: OutputSink, @unchecked Sendable {
    /// The cache promised files that output/ does not have: the build starts again without it.
    struct StaleCache: Error {}

    static let updatingMarker = ".roundtable-updating"

    let publisher: OutputPublisher
    private let standby: String
    /// What the standby tree and output/ hold, by path.
    private let holds: [String: ContentDigest]
    private let current: [String: ContentDigest]
    private let pages: [String: CachedPage]
    private let pageInputs: PageInputs
    /// The search index output/ holds, by page, when it is the one the cache describes.
    private let searchLines: [String: SearchIndex.Line]?
    private let foreignFiles: Task<[String], Never>
    private let lock = NSLock()
    private var handled = Set<String>()
    private var written = 0
    private var madeFolders = Set<String>()
    private var failure: Error?
    /// After `finish`: what output/ and the standby tree hold.
    private(set) var published: (current: [String: ContentDigest], standby: [String: ContentDigest]?)?

    /// Nil when the cache cannot describe output/ (then the build publishes a whole new tree). `foreignFiles` is a
    /// look through output/ for files added by hand already under way, or nil to start one.
    init?(
        _ publisher: OutputPublisher, cache: BuildCache, pageInputs: PageInputs,
        foreignFiles: Task<[String], Never>? = nil
    ) throws {
        let fileManager = FileManager.default
        guard !cache.current.isEmpty, fileManager.fileExists(atPath: publisher.output + "/" + OutputPublisher.marker)
        else { return nil }
        self.publisher = publisher
        self.pageInputs = pageInputs
        self.foreignFiles = foreignFiles ?? Task.detached { publisher.foreignFiles() }
        standby = Self.standbyDirectory(of: publisher)
        current = cache.current
        pages = cache.pages
        searchLines = Self.searchLines(in: publisher.output, expected: cache.current[Routes.searchIndexPath])
        if let known = cache.standby, fileManager.fileExists(atPath: standby + "/" + OutputPublisher.marker),
            !fileManager.fileExists(atPath: standby + "/" + Self.updatingMarker)
        {
            holds = known
        } else {
            try? fileManager.removeItem(atPath: standby)
            try FileWriter.makeDirectories([standby])
            holds = [:]
        }
        try FileWriter.write(Data(), to: standby + "/" + Self.updatingMarker)
    }

    /// The tree that held the previous build, kept beside output/ so that the next build only
    /// has to bring it up to date and swap it in.
    static func standbyDirectory(of publisher: OutputPublisher) -> String {
        let url = URL(fileURLWithPath: publisher.output)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).roundtable-standby")
            .path
    }

    var keepsBytes: Bool { false }

    /// A page not rendered again keeps its line of the index; an index changed by hand gives none.
    private static func searchLines(in output: String, expected: ContentDigest?) -> [String: SearchIndex.Line]? {
        guard let expected, let index = FileReader.bytes(output + "/" + Routes.searchIndexPath),
            ContentDigest(index) == expected
        else { return nil }
        return SearchIndex.lines(of: index)
    }

    func prepare() async throws {
        let foreign = await foreignFiles.value
        guard foreign.isEmpty else { throw OutputPublisher.ForeignFiles(paths: foreign) }
    }

    func unchangedPage(_ outputPath: String, showing contentPaths: [String]) -> RenderedFile? {
        guard let cached = pages[outputPath], cached.inputs == pageInputs.digest(ofPageShowing: contentPaths) else {
            return nil
        }
        return cached.rendered(at: outputPath, showing: contentPaths, searchLines: searchLines)
    }

    /// Writes a file where it belongs, links it from output/, or leaves it, when its bytes are
    /// there already.
    func deliver(_ path: String, digest: ContentDigest, bytes: Data) {
        do {
            defer { lock.withLock { _ = handled.insert(path) } }
            guard holds[path] != digest else { return }
            try makeParents(of: path)
            if current[path] == digest {
                try FileWriter.link(publisher.output + "/" + path, to: standby + "/" + path)
            } else {
                try FileWriter.replace(bytes, at: standby + "/" + path)
                lock.withLock { written += 1 }
            }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    /// Completes the tree (files not rendered again, the marker, removals) and swaps it in.
    func finish(_ files: [RenderedFile]) throws -> Int {
        var manifest = Dictionary(files.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
        let marker = OutputPublisher.markerBytes(listing: manifest.keys)
        manifest[OutputPublisher.marker] = ContentDigest(marker)
        deliver(OutputPublisher.marker, digest: manifest[OutputPublisher.marker]!, bytes: marker)
        if let failure { throw failure }
        if manifest == current {
            FileWriter.remove(standby + "/" + Self.updatingMarker)
            published = (current, holds.isEmpty ? nil : holds)
            return 0
        }
        let unchanged = manifest.filter { !handled.contains($0.key) && holds[$0.key] != $0.value }
        guard unchanged.allSatisfy({ current[$0.key] == $0.value }) else { throw StaleCache() }
        try linkInParallel(Array(unchanged.keys))
        for path in holds.keys where manifest[path] == nil {
            FileWriter.remove(standby + "/" + path)
            for parent in OutputPublisher.parentDirectories(of: path).reversed() {
                FileWriter.removeDirectoryIfEmpty(standby + "/" + parent)
            }
        }
        FileWriter.remove(standby + "/" + Self.updatingMarker)
        try publisher.swap(publisher.output, standby)
        published = (manifest, current)
        return written
    }

    /// A half-updated standby tree keeps its "updating" mark, so the next build starts it afresh.
    func abandon() {}

    /// Links the files the render stage did not touch (every file, when the standby tree is
    /// new) from every core: it is mostly time in the kernel, a folder and a link per page.
    private func linkInParallel(_ paths: [String]) throws {
        let failures = Parallel.blockingMap(Array(stride(from: 0, to: paths.count, by: 256))) { start -> Error? in
            do {
                for path in paths[start..<min(start + 256, paths.count)] {
                    try self.makeParents(of: path)
                    try FileWriter.link(self.publisher.output + "/" + path, to: self.standby + "/" + path)
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Creates the file's folders, outermost first. Tasks may race to create the same folder;
    /// mkdir tells the loser it exists, which is all it needs.
    private func makeParents(of path: String) throws {
        let missing = lock.withLock { OutputPublisher.parentDirectories(of: path).filter { !madeFolders.contains($0) } }
        guard !missing.isEmpty else { return }
        try FileWriter.makeDirectories(missing.map { standby + "/" + $0 })
        lock.withLock { madeFolders.formUnion(missing) }
    }
}
