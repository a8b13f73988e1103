import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file, to tell cheaply whether it changed since the last build.
struct FileSignature: Sendable, Hashable {
    let size: Int
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int
    let inode: UInt64
    /// The path is a symbolic link (and the rest describes its target).
    var isLink = false

    /// Seconds since 1970.
    var modified: Double { Double(modifiedSeconds) + Double(modifiedNanoseconds) / 1e9 }

    /// Follows symbolic links, as reading the file does, and says whether it met one.
    @Sendable static func of(_ path: String) -> FileSignature? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        let isLink = status.st_mode & S_IFMT == S_IFLNK
        if isLink { guard stat(path, &status) == 0 else { return nil } }
        return FileSignature(size: Int(status.st_size), modifiedSeconds: Int(status.st_mtim.tv_sec),
                             modifiedNanoseconds: Int(status.st_mtim.tv_nsec), inode: UInt64(status.st_ino), isLink: isLink)
    }
}
