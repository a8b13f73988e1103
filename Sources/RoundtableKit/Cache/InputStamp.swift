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
        for part in [RoundtableVersion.current, options.baseURL ?? "", options.includeDrafts ? "drafts" : "", options.contentDirectory, options.themesDirectory] {
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

    /// Folders are opened relative to their parent, and files stat'ed relative to their folder,
    /// so that the kernel does not resolve the whole path for each.
    private static func walk(_ root: String, into hasher: inout SHA256, newest: inout Double) -> Bool {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor >= 0 && walk(descriptor, "", into: &hasher, newest: &newest)
    }

    /// Takes ownership of `descriptor`.
    private static func walk(_ descriptor: Int32, _ relative: String, into hasher: inout SHA256, newest: inout Double) -> Bool {
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names.sorted() {
            let child = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            newest = max(newest, Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
            ContentDigest.update(&hasher, withPart: child)
            let fields = [UInt64(status.st_mode), UInt64(status.st_size), UInt64(status.st_mtim.tv_sec), UInt64(status.st_mtim.tv_nsec), UInt64(status.st_ino)]
            fields.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                let folder = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard folder >= 0, walk(folder, child, into: &hasher, newest: &newest) else { return false }
            }
        }
        return true
    }
}
