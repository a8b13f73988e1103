import Foundation

/// Publishes a whole new site: every file goes into a staging folder beside output/, which is
/// swapped in once the build has succeeded, so a failed build leaves the old site as it was.
package final class StagingOutput: OutputSink, @unchecked Sendable {
    package let publisher: OutputPublisher
    private let staging: String
    /// Where the replaced site is kept instead of being deleted (the incremental build's
    /// standby tree), or nil.
    private let keepsReplacedSiteAt: String?
    private let lock = NSLock()
    private var delivered = Set<String>()
    /// Folders made already, so that `topics/` is not made again for every topic.
    private var madeFolders = Set<String>()
    private var failure: Error?
    private let foreignFiles: Task<[String], Never>
    /// After `finish`: whether the replaced site was kept at `keepsReplacedSiteAt`.
    package private(set) var keptReplacedSite = false

    /// `foreignFiles` is a look through output/ for files added by hand already under way, or nil to start one.
    package init(
        _ publisher: OutputPublisher, keepingReplacedSiteAt kept: String? = nil,
        foreignFiles: Task<[String], Never>? = nil
    ) throws {
        self.publisher = publisher
        keepsReplacedSiteAt = kept
        // Looking through output/ for files added by hand is mostly waiting for the file
        // system: it runs while the site is loaded and assembled.
        self.foreignFiles = foreignFiles ?? Task.detached { publisher.foreignFiles() }
        let url = URL(fileURLWithPath: publisher.output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        staging =
            url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).staging-\(suffix)").path
        try FileWriter.makeDirectories([staging])
    }

    package var keepsBytes: Bool { false }

    package func prepare() async throws {
        let foreign = await foreignFiles.value
        guard foreign.isEmpty else { throw OutputPublisher.ForeignFiles(paths: foreign) }
    }

    package func unchangedPage(_ outputPath: String, showing contentPaths: [String]) -> RenderedFile? { nil }

    package func deliver(_ path: String, digest: ContentDigest, bytes: Data) {
        do {
            let missing = lock.withLock {
                OutputPublisher.parentDirectories(of: path).filter { !madeFolders.contains($0) }
            }
            // Tasks may race to create the same folder; mkdir tells the loser it exists.
            try FileWriter.makeDirectories(missing.map { staging + "/" + $0 })
            try FileWriter.write(bytes, to: staging + "/" + path)
            lock.withLock {
                madeFolders.formUnion(missing)
                delivered.insert(path)
            }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    package func finish(_ files: [RenderedFile]) throws -> Int {
        let marker = OutputPublisher.markerBytes(listing: files.map(\.path))
        deliver(OutputPublisher.marker, digest: ContentDigest(marker), bytes: marker)
        if let failure { throw failure }
        guard files.allSatisfy({ delivered.contains($0.path) }) else { throw OutputPublisher.UndeliveredFiles() }
        keptReplacedSite = try publisher.install(staging: staging, keepingReplacedSiteAt: keepsReplacedSiteAt)
        return delivered.count
    }

    package func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
