import Crypto
import RoundtableKit

/// The status of every folder of output/: a file added to a folder, or a folder added, changes
/// its parent folder's modification time. A build that has nothing to do compares this digest
/// with the one the last build left instead of listing every file of output/, which took longer
/// than the rest of such a build.
enum OutputFolders {
    /// Nil when a folder is missing.
    static func digest(of output: String, holding paths: some Sequence<String>) -> ContentDigest? {
        var folders: Set<String> = [""]
        for path in paths { folders.formUnion(OutputPublisher.parentDirectories(of: path)) }
        var hasher = SHA256()
        for folder in folders.sorted() {
            guard let status = FileStatus.of(folder.isEmpty ? output : output + "/" + folder) else { return nil }
            ContentDigest.update(&hasher, withPart: folder)
            let fields = (
                UInt64(status.size), UInt64(status.modifiedSeconds), UInt64(status.modifiedNanoseconds), status.inode
            )
            withUnsafeBytes(of: fields) { hasher.update(bufferPointer: $0) }
        }
        return ContentDigest(finishing: hasher)
    }
}
