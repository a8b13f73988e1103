import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A digest of every input's path, size and modification time, and of the build options: when
/// it matches the cache's, nothing can have changed and a build has nothing to do. Reading
/// directories and file status only, it costs a few milliseconds for thousands of files.
enum InputStamp {
    struct Reading {
        let digest: ContentDigest
        /// Seconds since 1970 of the most recently modified input.
        let newestModification: Double
    }

    static func compute(_ options: BuildOptions) -> Reading? {
        var hasher = SHA256()
        for part in [RoundtableVersion.buildIdentity, options.baseURL ?? "", options.includeDrafts ? "drafts" : "", options.contentDirectory, options.themesDirectory] {
            ContentDigest.update(&hasher, withPart: part)
        }
        var newest = 0.0
        for root in [options.contentDirectory, options.themesDirectory] {
            guard walk(root, into: &hasher, newest: &newest) else { return nil }
        }
        ContentDigest.update(&hasher, withPart: "static")
        if FileManager.default.fileExists(atPath: options.staticDirectory), !walk(options.staticDirectory, into: &hasher, newest: &newest) { return nil }
        return Reading(digest: ContentDigest(finishing: hasher), newestModification: newest)
    }

    /// Every entry's path and status, in order; false if a folder or an entry cannot be read.
    private static func walk(_ root: String, into hasher: inout SHA256, newest: inout Double) -> Bool {
        var readable = true
        let complete = FolderWalk.walk(root, inOrder: true) { entry in
            var status = stat()
            guard readable, fstatat(entry.folder, entry.name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
                readable = false
                return false
            }
            newest = max(newest, Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
            ContentDigest.update(&hasher, withPart: entry.path)
            let fields = (UInt64(status.st_mode), UInt64(status.st_size), UInt64(status.st_mtim.tv_sec), UInt64(status.st_mtim.tv_nsec), UInt64(status.st_ino))
            withUnsafeBytes(of: fields) { hasher.update(bufferPointer: $0) }
            return true
        }
        return complete && readable
    }
}
