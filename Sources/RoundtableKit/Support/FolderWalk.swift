import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Walks a folder tree by descriptor: each folder is opened relative to its parent and each
/// entry can be looked at relative to its folder, so the kernel does not resolve whole paths
/// again (opening every folder of output/ by its full path was half the time of walking it).
package enum FolderWalk {
    package struct Entry {
        /// The descriptor of the folder that holds the entry, for `fstatat` and the like.
        package let folder: Int32
        package let name: String
        /// Relative to the walk's root.
        package let path: String
        /// `DT_DIR`, `DT_REG`, `DT_LNK`, …; symbolic links are not followed.
        package let type: UInt8
    }

    /// Calls `visit` for every entry below `root` (each folder's entries in name order when
    /// `inOrder`); a folder is entered when `visit` returns true for it. False when a folder
    /// could not be read.
    @discardableResult
    package static func walk(_ root: String, inOrder: Bool = false, _ visit: (Entry) -> Bool) -> Bool {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor >= 0 && walk(descriptor, "", inOrder, visit)
    }

    /// Takes ownership of `descriptor`.
    private static func walk(_ descriptor: Int32, _ relative: String, _ inOrder: Bool, _ visit: (Entry) -> Bool) -> Bool
    {
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(stream) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        var complete = true
        if inOrder { entries.sort { $0.name < $1.name } }
        for (name, reportedType) in entries {
            var type = reportedType
            if type == UInt8(DT_UNKNOWN) {
                var status = stat()
                guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                type =
                    switch status.st_mode & S_IFMT {
                    case S_IFDIR: UInt8(DT_DIR)
                    case S_IFLNK: UInt8(DT_LNK)
                    default: UInt8(DT_REG)
                    }
            }
            let path = relative.isEmpty ? name : relative + "/" + name
            guard visit(Entry(folder: descriptor, name: name, path: path, type: type)), type == UInt8(DT_DIR) else {
                continue
            }
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            complete = child >= 0 && walk(child, path, inOrder, visit) && complete
        }
        return complete
    }

    /// Every file (and symbolic link) below `directory`, relative to it.
    package static func files(below directory: String) -> [String] {
        var files: [String] = []
        FolderWalk.walk(directory) { entry in
            if entry.type == UInt8(DT_REG) || entry.type == UInt8(DT_LNK) { files.append(entry.path) }
            return true
        }
        return files
    }
}
