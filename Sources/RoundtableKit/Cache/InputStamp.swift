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
        var parts = [RoundtableVersion.current, options.baseURL ?? "", options.includeDrafts ? "drafts" : "", options.contentDirectory, options.themesDirectory]
        var newest = 0.0
        for root in [options.contentDirectory, options.themesDirectory] {
            guard walk(root, "", into: &parts, newest: &newest) else { return nil }
        }
        parts.append("static")
        if FileManager.default.fileExists(atPath: options.staticDirectory), !walk(options.staticDirectory, "", into: &parts, newest: &newest) { return nil }
        return Reading(digest: ContentDigest(parts: parts), newestModification: newest)
    }

    private static func walk(_ root: String, _ relative: String, into parts: inout [String], newest: inout Double) -> Bool {
        let path = relative.isEmpty ? root : root + "/" + relative
        guard let stream = opendir(path) else { return false }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names.sorted() {
            let child = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(root + "/" + child, &status) == 0 else { return false }
            newest = max(newest, Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
            parts.append("\(child)\t\(status.st_mode)\t\(status.st_size)\t\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)\t\(status.st_ino)")
            if (status.st_mode & S_IFMT) == S_IFDIR, !walk(root, child, into: &parts, newest: &newest) { return false }
        }
        return true
    }
}
