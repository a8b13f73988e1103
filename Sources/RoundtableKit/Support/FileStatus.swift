import CRoundtableSystem
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says of a file, to tell cheaply whether it changed since the last build.
package struct FileStatus: Sendable, Hashable {
    package let size: Int
    package let modifiedSeconds: Int
    package let modifiedNanoseconds: Int
    package let inode: UInt64
    /// The path is a symbolic link (and the rest describes its target).
    package var isLink = false

    package init(size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int, inode: UInt64, isLink: Bool = false) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
        self.isLink = isLink
    }

    package init(_ status: stat) {
        var seconds: Int64 = 0
        var nanoseconds: Int64 = 0
        withUnsafePointer(to: status) { roundtable_modification_time($0, &seconds, &nanoseconds) }
        self.init(
            size: Int(status.st_size), modifiedSeconds: Int(seconds), modifiedNanoseconds: Int(nanoseconds),
            inode: UInt64(status.st_ino))
    }

    /// Seconds since 1970.
    package var modified: Double { Double(modifiedSeconds) + Double(modifiedNanoseconds) / 1e9 }

    /// Follows symbolic links, as reading the file does, and says whether it met one.
    @Sendable package static func of(_ path: String) -> FileStatus? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        let isLink = status.st_mode & S_IFMT == S_IFLNK
        if isLink { guard stat(path, &status) == 0 else { return nil } }
        var file = FileStatus(status)
        file.isLink = isLink
        return file
    }
}
