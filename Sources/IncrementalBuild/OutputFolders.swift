import Crypto
import RoundtableKit

/// The status of every folder of output/: a file added to a folder, or a folder added, changes
/// its parent folder's modification time. A build that has nothing to do compares this digest
/// with the one the last build left instead of listing every file of output/, which took longer
/// than the rest of such a build.
enum OutputFolders {
    /// Nil when a folder is missing.
    static func digest(of output: String, holding paths: some Sequence<String>) -> ContentDigest? {
        var folders: Set<Substring> = [""]
        for path in paths {
            var folder = path[...]
            // Each folder's parents are added once, when the folder is new.
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(folder).inserted else { break }
            }
        }
        let sorted = folders.sorted()
        // A stat per folder, a folder per page: split over the cores in runs.
        let runs = stride(from: 0, to: sorted.count, by: 512).map { sorted[$0..<min($0 + 512, sorted.count)] }
        let statuses = Parallel.blockingMap(runs) { run in
            run.map { folder in FileStatus.of(folder.isEmpty ? output : output + "/" + folder) }
        }
        var hasher = SHA256()
        for (folder, status) in zip(sorted, statuses.joined()) {
            guard let status else { return nil }
            ContentDigest.update(&hasher, withPart: String(folder))
            let fields = (
                UInt64(status.size), UInt64(status.modifiedSeconds), UInt64(status.modifiedNanoseconds), status.inode
            )
            withUnsafeBytes(of: fields) { hasher.update(bufferPointer: $0) }
        }
        return ContentDigest(finishing: hasher)
    }
}
