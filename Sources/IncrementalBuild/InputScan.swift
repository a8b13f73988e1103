import Crypto
import Foundation
import RoundtableKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One walk over every input folder before a build: a digest of every entry's path, size and
/// modification time and of the build options (when it matches the cache's, nothing can have
/// changed and the build has nothing to do), and what `stat` said of each file of content/
/// and the themes. Reading directories and file status only, it costs a few milliseconds for
/// thousands of files.
struct InputScan: Sendable {
    let statusDigest: ContentDigest
    /// Seconds since 1970 of the most recently modified input.
    let newestModification: Double
    /// By path inside content/.
    let contentFiles: [String: FileStatus]
    /// By path inside the themes folder.
    let themeFiles: [String: FileStatus]

    /// Nil when a folder or an entry cannot be read.
    static func take(_ options: BuildOptions) -> InputScan? {
        var hasher = SHA256()
        let parts = [
            RoundtableVersion.buildIdentity, options.baseURL ?? "", options.includeDrafts ? "drafts" : "",
            options.strict ? "strict" : "",
            options.contentDirectory,
            options.themesDirectory,
        ]
        for part in parts { ContentDigest.update(&hasher, withPart: part) }
        var newest = 0.0
        guard let content = walk(options.contentDirectory, into: &hasher, newest: &newest) else { return nil }
        // A site without a themes/ folder is built with the built-in theme.
        ContentDigest.update(&hasher, withPart: "themes")
        var themes: [String: FileStatus] = [:]
        if FileManager.default.fileExists(atPath: options.themesDirectory) {
            guard let walked = walk(options.themesDirectory, into: &hasher, newest: &newest) else { return nil }
            themes = walked
        }
        ContentDigest.update(&hasher, withPart: "static")
        if FileManager.default.fileExists(atPath: options.staticDirectory),
            walk(options.staticDirectory, into: &hasher, newest: &newest) == nil
        {
            return nil
        }
        return InputScan(
            statusDigest: ContentDigest(finishing: hasher), newestModification: newest, contentFiles: content,
            themeFiles: themes)
    }

    /// Every entry's path and status, in order, into `hasher`; the files' statuses.
    private static func walk(_ root: String, into hasher: inout SHA256, newest: inout Double) -> [String: FileStatus]? {
        var readable = true
        var files: [String: FileStatus] = [:]
        let complete = FolderWalk.walk(root, inOrder: true) { entry in
            var raw = stat()
            guard readable, fstatat(entry.folder, entry.name, &raw, AT_SYMLINK_NOFOLLOW) == 0 else {
                readable = false
                return false
            }
            let status = FileStatus(raw)
            newest = max(newest, status.modified)
            ContentDigest.update(&hasher, withPart: entry.path)
            let fields = (
                UInt64(raw.st_mode), UInt64(status.size), UInt64(status.modifiedSeconds),
                UInt64(status.modifiedNanoseconds), status.inode
            )
            withUnsafeBytes(of: fields) { hasher.update(bufferPointer: $0) }
            switch entry.type {
            case UInt8(DT_REG): files[entry.path] = status
            // A link is read through: what counts is its target, as reading it sees it.
            case UInt8(DT_LNK): files[entry.path] = FileStatus.of(root + "/" + entry.path)
            default: break
            }
            return true
        }
        return complete && readable ? files : nil
    }
}
