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
    let stamp: ContentDigest
    /// Seconds since 1970 of the most recently modified input.
    let newestModification: Double
    /// By path inside content/.
    let contentFiles: [String: FileSignature]
    /// By path inside the themes folder.
    let themeFiles: [String: FileSignature]

    /// Nil when a folder or an entry cannot be read.
    static func take(_ options: BuildOptions) -> InputScan? {
        var hasher = SHA256()
        let parts = [RoundtableVersion.buildIdentity, options.baseURL ?? "", options.includeDrafts ? "drafts" : "", options.contentDirectory,
                     options.themesDirectory]
        for part in parts { ContentDigest.update(&hasher, withPart: part) }
        var newest = 0.0
        guard let content = walk(options.contentDirectory, into: &hasher, newest: &newest),
              let themes = walk(options.themesDirectory, into: &hasher, newest: &newest) else { return nil }
        ContentDigest.update(&hasher, withPart: "static")
        if FileManager.default.fileExists(atPath: options.staticDirectory),
           walk(options.staticDirectory, into: &hasher, newest: &newest) == nil { return nil }
        return InputScan(stamp: ContentDigest(finishing: hasher), newestModification: newest, contentFiles: content, themeFiles: themes)
    }

    /// Every entry's path and status, in order, into `hasher`; the files' signatures.
    private static func walk(_ root: String, into hasher: inout SHA256, newest: inout Double) -> [String: FileSignature]? {
        var readable = true
        var files: [String: FileSignature] = [:]
        let complete = FolderWalk.walk(root, inOrder: true) { entry in
            var status = stat()
            guard readable, fstatat(entry.folder, entry.name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
                readable = false
                return false
            }
            let signature = FileSignature(status)
            newest = max(newest, signature.modified)
            ContentDigest.update(&hasher, withPart: entry.path)
            let fields = (UInt64(status.st_mode), UInt64(signature.size), UInt64(signature.modifiedSeconds),
                          UInt64(signature.modifiedNanoseconds), signature.inode)
            withUnsafeBytes(of: fields) { hasher.update(bufferPointer: $0) }
            switch entry.type {
            case UInt8(DT_REG): files[entry.path] = signature
            // A link is read through: what counts is its target, as reading it sees it.
            case UInt8(DT_LNK): files[entry.path] = FileSignature.of(root + "/" + entry.path)
            default: break
            }
            return true
        }
        return complete && readable ? files : nil
    }
}
