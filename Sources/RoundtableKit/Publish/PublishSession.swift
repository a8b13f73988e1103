import Foundation

/// Publishing while rendering runs: each page is written as soon as it is rendered, so that
/// the build never holds the whole site in memory. Only the swap at the end (`finish`) changes
/// what output/ shows.
///
/// Without a usable cache every file goes into a new staging folder; with one, the standby tree
/// is brought up to date (changed files written, unchanged ones hard-linked from output/).
final class PublishSession: @unchecked Sendable {
    private enum Mode {
        case full(staging: String)
        case incremental(standby: String, holds: [String: ContentDigest], current: [String: ContentDigest])
    }

    let publisher: OutputPublisher
    private let mode: Mode
    private let lock = NSLock()
    private var handled = Set<String>()
    private var written = 0
    /// Folders this session made or found, so that `topics/` is not made again for every topic.
    private var madeFolders = Set<String>()
    private var failure: Error?

    /// Starts a session; `cache` must describe output/ for an incremental one. `foreign` is
    /// what `publisher.foreignFiles()` found, which the build looks for while it loads.
    init(publisher: OutputPublisher, cache: BuildCache?, foreign: [String]) throws {
        self.publisher = publisher
        let fileManager = FileManager.default
        let output = publisher.output
        guard foreign.isEmpty else { throw OutputPublisher.ForeignFiles(paths: foreign) }
        if let cache, !cache.current.isEmpty, fileManager.fileExists(atPath: output + "/" + OutputPublisher.marker) {
            let standby = publisher.standbyDirectory
            var holds: [String: ContentDigest] = [:]
            if let known = cache.standby, fileManager.fileExists(atPath: standby + "/" + OutputPublisher.marker),
               !fileManager.fileExists(atPath: standby + "/" + OutputPublisher.updatingMarker) {
                holds = known
            } else {
                try? fileManager.removeItem(atPath: standby)
                try FileWriter.makeDirectories([standby])
            }
            mode = .incremental(standby: standby, holds: holds, current: cache.current)
        } else {
            let url = URL(fileURLWithPath: output)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
            let staging = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).staging-\(suffix)").path
            try FileWriter.makeDirectories([staging])
            mode = .full(staging: staging)
        }
        if case .incremental(let standby, _, _) = mode {
            try FileWriter.write(Data(), to: standby + "/" + OutputPublisher.updatingMarker)
        }
    }

    private var tree: String {
        switch mode {
        case .full(let staging): staging
        case .incremental(let standby, _, _): standby
        }
    }

    /// Writes a rendered file where it belongs (or links it, or leaves it, when its bytes are
    /// already there). Errors are kept for `finish`.
    func deliver(_ path: String, digest: ContentDigest, bytes: Data) {
        do {
            switch mode {
            case .full:
                try makeParents(of: path)
                try FileWriter.write(bytes, to: tree + "/" + path)
                count(path, written: true)
            case .incremental(_, let holds, let current):
                defer { count(path, written: false) }
                guard holds[path] != digest else { return }
                try makeParents(of: path)
                if current[path] == digest {
                    try linkFromOutput(path)
                } else {
                    try FileWriter.replace(bytes, at: tree + "/" + path)
                    lock.withLock { written += 1 }
                }
            }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    /// Completes the tree (files taken from the cache, the marker, removals) and swaps it in.
    func finish(_ manifest: [String: ContentDigest], previous cache: BuildCache?) throws -> OutputPublisher.Result {
        var manifest = manifest
        let markerBytes = OutputPublisher.markerBytes(listing: manifest.keys)
        manifest[OutputPublisher.marker] = ContentDigest(markerBytes)
        deliver(OutputPublisher.marker, digest: manifest[OutputPublisher.marker]!, bytes: markerBytes)
        if let failure { throw failure }
        switch mode {
        case .full(let staging):
            guard Set(manifest.keys).isSubset(of: handled) else { throw OutputPublisher.StaleCache() }
            return try publisher.install(staging: staging, manifest: manifest, written: written, previous: cache)
        case .incremental(let standby, let holds, let current):
            if manifest == current {
                FileWriter.remove(standby + "/" + OutputPublisher.updatingMarker)
                return OutputPublisher.Result(current: current, standby: holds.isEmpty ? nil : holds, written: 0, swapped: false)
            }
            let unchanged = manifest.filter { !handled.contains($0.key) && holds[$0.key] != $0.value }
            guard unchanged.allSatisfy({ current[$0.key] == $0.value }) else { throw OutputPublisher.StaleCache() }
            try linkInParallel(Array(unchanged.keys))
            for path in holds.keys where manifest[path] == nil {
                FileWriter.remove(standby + "/" + path)
                for parent in OutputPublisher.parentDirectories(of: path).reversed() { FileWriter.removeDirectoryIfEmpty(standby + "/" + parent) }
            }
            FileWriter.remove(standby + "/" + OutputPublisher.updatingMarker)
            try publisher.swap(publisher.output, standby)
            return OutputPublisher.Result(current: manifest, standby: current, written: written, swapped: true)
        }
    }

    /// After a failed render: a staging folder is removed; a half-updated standby tree keeps its
    /// "updating" mark, so the next build starts it afresh.
    func abandon() {
        if case .full(let staging) = mode { try? FileManager.default.removeItem(atPath: staging) }
    }

    /// Gives the tree output/'s copy of `path`.
    private func linkFromOutput(_ path: String) throws {
        try FileWriter.link(publisher.output + "/" + path, to: tree + "/" + path)
    }

    /// Links the files the render stage did not touch (every file, when the standby tree is
    /// new) from every core: it is mostly time in the kernel, a folder and a link per page.
    private func linkInParallel(_ paths: [String]) throws {
        let failures = Parallel.blockingMap(Array(stride(from: 0, to: paths.count, by: 256))) { start -> Error? in
            do {
                for path in paths[start..<min(start + 256, paths.count)] {
                    try self.makeParents(of: path)
                    try self.linkFromOutput(path)
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
        try FileWriter.makeDirectories(missing.map { tree + "/" + $0 })
        lock.withLock { madeFolders.formUnion(missing) }
    }

    private func count(_ path: String, written isWritten: Bool) {
        lock.withLock {
            handled.insert(path)
            if isWritten { written += 1 }
        }
    }
}
