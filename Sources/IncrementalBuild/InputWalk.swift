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
/// changed and the build has nothing to do), and the files it met. Arranging them for lookups
/// (`InputScan`) is left to a build that has something to do. Reading directories and file
/// status only, it costs a few milliseconds for thousands of files.
struct InputWalk: Sendable {
    struct File: Sendable {
        /// Inside the walked folder.
        let path: String
        /// Nil for a link that leads nowhere: it is still listed, for the load stage to report.
        let status: FileStatus?
    }

    let statusDigest: ContentDigest
    /// Seconds since 1970 of the most recently modified input.
    let newestModification: Double
    private let contentFolders: [FolderWalk.ListedFolder]
    private let themeFolders: [FolderWalk.ListedFolder]
    let contentDirectory: String
    let themesDirectory: String

    /// The files and symbolic links of content/ and of the themes folder, as the walk met them.
    var content: [File] { Self.files(in: contentFolders, below: contentDirectory) }
    var themes: [File] { Self.files(in: themeFolders, below: themesDirectory) }

    /// Nil when a folder or an entry cannot be read.
    static func take(_ options: BuildOptions) -> InputWalk? {
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
        var themes: [FolderWalk.ListedFolder] = []
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
        return InputWalk(
            statusDigest: ContentDigest(finishing: hasher), newestModification: newest, contentFolders: content,
            themeFolders: themes, contentDirectory: options.contentDirectory, themesDirectory: options.themesDirectory)
    }

    /// Every entry's path and status, in the order the walk meets them (the same order while
    /// nothing changes), into `hasher`; the folders as listed.
    private static func walk(_ root: String, into hasher: inout SHA256, newest: inout Double)
        -> [FolderWalk.ListedFolder]?
    {
        guard let folders = FolderWalk.list(root) else { return nil }
        // What is hashed is gathered in one buffer: a hash update per entry cost more than
        // the hashing.
        var record: [UInt8] = []
        for folder in folders {
            let prefix = folder.path.isEmpty ? [] : Array((folder.path + "/").utf8)
            folder.forEachEntry { name, mode, status in
                newest = max(newest, status.modified)
                withUnsafeBytes(of: UInt64(prefix.count + name.count).littleEndian) { record += $0 }
                record += prefix
                record += name
                let fields = (
                    UInt64(mode), UInt64(status.size), UInt64(status.modifiedSeconds),
                    UInt64(status.modifiedNanoseconds), status.inode
                )
                withUnsafeBytes(of: fields) { record += $0 }
            }
        }
        record.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return folders
    }

    private static func files(in folders: [FolderWalk.ListedFolder], below root: String) -> [File] {
        var files: [File] = []
        for folder in folders {
            folder.forEachEntry { name, mode, status in
                let type = mode & UInt32(S_IFMT)
                guard type == UInt32(S_IFREG) || type == UInt32(S_IFLNK) else { return }
                let name = String(decoding: name, as: UTF8.self)
                let path = folder.path.isEmpty ? name : folder.path + "/" + name
                // A link is read through: what counts is its target, as reading it sees it.
                files.append(
                    File(path: path, status: type == UInt32(S_IFREG) ? status : FileStatus.of(root + "/" + path)))
            }
        }
        return files
    }
}
