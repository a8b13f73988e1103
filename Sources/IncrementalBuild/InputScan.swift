import Foundation
import RoundtableKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` said of each file of content/ and the themes before a build, arranged for the
/// load stage's lookups, with the digest of `InputWalk` that tells whether anything changed.
struct InputScan: Sendable {
    /// Nil for a scan brought up to date from a watcher's report (`updated(changing:)`), which
    /// looks at the changed files only.
    private(set) var statusDigest: ContentDigest?
    /// Seconds since 1970 of the most recently modified input.
    var newestModification: Double
    /// By path inside content/.
    var contentFiles: [String: FileStatus]
    /// By path inside the themes folder.
    var themeFiles: [String: FileStatus]
    /// Every file and symbolic link inside content/ and inside the themes folder, sorted: the
    /// listings the load stage asks for, without walking the folders again.
    var contentPaths: [String]
    var themePaths: [String]
    private let contentDirectory: String
    private let themesDirectory: String

    /// Nil when a folder or an entry cannot be read.
    static func take(_ options: BuildOptions) -> InputScan? {
        InputWalk.take(options).map(InputScan.init)
    }

    init(_ walk: InputWalk) {
        statusDigest = walk.statusDigest
        newestModification = walk.newestModification
        let arranged = { (files: [InputWalk.File]) in
            Dictionary(
                files.compactMap { file in file.status.map { (file.path, $0) } }, uniquingKeysWith: { a, _ in a })
        }
        contentFiles = arranged(walk.content)
        themeFiles = arranged(walk.themes)
        contentPaths = walk.content.map(\.path).sorted()
        themePaths = walk.themes.map(\.path).sorted()
        contentDirectory = walk.contentDirectory
        themesDirectory = walk.themesDirectory
    }

    /// This scan with the files at `paths` looked at again, for a preview whose watcher reports
    /// each file it saw change: a walk of every folder costs as much as the rest of a rebuild
    /// on a large site. Nil when a path is not a file inside content/, the themes folder or
    /// `staticDirectory` reached through real folders (a folder itself, a link to a folder, a
    /// file gone with its folder): then only a full scan knows.
    func updated(changing paths: Set<String>, staticDirectory: String) -> InputScan? {
        var scan = self
        scan.statusDigest = nil
        for path in paths {
            guard let (root, relative) = Self.place(path, in: [contentDirectory, themesDirectory, staticDirectory]),
                let folders = Self.folders(above: relative, from: root)
            else { return nil }
            // A folder's time moves when a file in it is added or removed.
            scan.newestModification = max(scan.newestModification, folders)
            var raw = stat()
            let exists = lstat(path, &raw) == 0
            let type = raw.st_mode & S_IFMT
            if exists, type == S_IFDIR { return nil }
            guard root != staticDirectory else { continue }
            let status: FileStatus? =
                !exists ? nil : type == S_IFREG ? FileStatus(raw) : type == S_IFLNK ? FileStatus.of(path) : nil
            let listed = exists && (type == S_IFREG || type == S_IFLNK)
            if let status { scan.newestModification = max(scan.newestModification, status.modified) }
            if root == contentDirectory {
                scan.contentFiles[relative] = status
                Self.list(relative, listed, in: &scan.contentPaths)
            } else {
                scan.themeFiles[relative] = status
                Self.list(relative, listed, in: &scan.themePaths)
            }
        }
        return scan
    }

    private static func place(_ path: String, in roots: [String]) -> (root: String, relative: String)? {
        for root in roots where path.hasPrefix(root + "/") && path.count > root.count + 1 {
            return (root, String(path.dropFirst(root.count + 1)))
        }
        return nil
    }

    /// The newest modification time of the folders below `root` down to the file's; nil unless
    /// every one from `root` is a real folder, not a link.
    private static func folders(above relative: String, from root: String) -> Double? {
        var folder = root
        var newest = 0.0
        for component in [""] + relative.split(separator: "/").dropLast().map(String.init) {
            if !component.isEmpty { folder += "/" + component }
            var raw = stat()
            guard lstat(folder, &raw) == 0, raw.st_mode & S_IFMT == S_IFDIR else { return nil }
            // The walk stats what is inside `root`, not `root` itself.
            if !component.isEmpty { newest = max(newest, FileStatus(raw).modified) }
        }
        return newest
    }

    /// Puts `path` into (or takes it out of) the sorted `paths`.
    private static func list(_ path: String, _ listed: Bool, in paths: inout [String]) {
        let low = position(of: path, in: paths)
        let present = low < paths.count && paths[low] == path
        if listed, !present { paths.insert(path, at: low) }
        if !listed, present { paths.remove(at: low) }
    }

    /// Where `path` is or would be in the sorted `paths`.
    private static func position(of path: String, in paths: [String]) -> Int {
        var low = 0
        var high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if paths[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// What `FileSystem.listFiles` answers for a folder inside content/ or the themes folder;
    /// nil for any other folder, and for one reached through a symbolic link, which the scan
    /// did not enter (the load stage lists it and refuses what leads outside).
    func files(below directory: String) -> [String]? {
        for (root, paths) in [(contentDirectory, contentPaths), (themesDirectory, themePaths)] {
            if directory == root { return paths }
            guard directory.hasPrefix(root + "/") else { continue }
            let relative = String(directory.dropFirst(root.count + 1))
            var folder = ""
            for component in relative.split(separator: "/") {
                folder += (folder.isEmpty ? "" : "/") + component
                let index = Self.position(of: folder, in: paths)
                if index < paths.count, paths[index] == folder { return nil }
            }
            let prefix = relative + "/"
            return paths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        }
        return nil
    }
}
