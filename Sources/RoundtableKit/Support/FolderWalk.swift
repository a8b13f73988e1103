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

    /// Calls `visit` for every entry below `root`; a folder is entered when `visit` returns
    /// true for it. False when a folder could not be read.
    @discardableResult
    package static func walk(_ root: String, _ visit: (Entry) -> Bool) -> Bool {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor >= 0 && walk(descriptor, "", visit)
    }

    /// Takes ownership of `descriptor`.
    private static func walk(_ descriptor: Int32, _ relative: String, _ visit: (Entry) -> Bool) -> Bool {
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
            complete = child >= 0 && walk(child, path, visit) && complete
        }
        return complete
    }

    /// One folder's entries, as `list` found them.
    package struct ListedFolder: Sendable {
        /// Inside the listed root; "" for the root.
        package let path: String
        /// Each entry's name followed by a zero byte, in the order the folder lists them (the
        /// same order while the folder is unchanged).
        package let names: [UInt8]
        /// Where each name starts in `names`.
        package let nameOffsets: [Int]
        /// What `lstat` said of each entry: its type and permissions, and its status.
        package let modes: [UInt32]
        package let statuses: [FileStatus]

        /// Calls `body` with each entry's name (without its zero byte), mode and status.
        package func forEachEntry(_ body: (UnsafeBufferPointer<UInt8>, UInt32, FileStatus) -> Void) {
            names.withUnsafeBufferPointer { bytes in
                for index in nameOffsets.indices {
                    let end = index + 1 < nameOffsets.count ? nameOffsets[index + 1] - 1 : bytes.count - 1
                    body(UnsafeBufferPointer(rebasing: bytes[nameOffsets[index]..<end]), modes[index], statuses[index])
                }
            }
        }
    }

    /// Every folder below `root` (and `root`) with what `lstat` says of each entry, parents
    /// before their folders; nil when a folder or an entry could not be read. Names stay bytes
    /// and a large folder's entries are looked at on every core: for ten thousand files the
    /// kernel's work is most of the time, and strings for every name were the rest.
    package static func list(_ root: String) -> [ListedFolder]? {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var folders: [ListedFolder] = []
        return list(descriptor, "", into: &folders) ? folders : nil
    }

    /// Takes ownership of `descriptor`.
    private static func list(_ descriptor: Int32, _ relative: String, into folders: inout [ListedFolder]) -> Bool {
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(stream) }
        var names: [UInt8] = []
        var offsets: [Int] = []
        while let entry = readdir(stream) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let start = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
                let length = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
                let name = UnsafeBufferPointer(start: start, count: length)
                if name.elementsEqual(".".utf8) || name.elementsEqual("..".utf8) { return }
                offsets.append(names.count)
                names += name
                names.append(0)
            }
        }
        let runLength = 512
        let runs = stride(from: 0, to: offsets.count, by: runLength).map { $0..<min($0 + runLength, offsets.count) }
        let lookUp = { @Sendable [names, offsets] (run: Range<Int>) -> [stat]? in
            names.withUnsafeBufferPointer { bytes in
                var statuses: [stat] = []
                statuses.reserveCapacity(run.count)
                for index in run {
                    let name = UnsafeRawPointer(bytes.baseAddress! + offsets[index]).assumingMemoryBound(to: CChar.self)
                    var status = stat()
                    guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
                    statuses.append(status)
                }
                return statuses
            }
        }
        var modes: [UInt32] = []
        var statuses: [FileStatus] = []
        modes.reserveCapacity(offsets.count)
        statuses.reserveCapacity(offsets.count)
        for run in runs.count > 1 ? Parallel.blockingMap(runs, lookUp) : runs.map(lookUp) {
            guard let run else { return false }
            for status in run {
                modes.append(UInt32(status.st_mode))
                statuses.append(FileStatus(status))
            }
        }
        folders.append(
            ListedFolder(path: relative, names: names, nameOffsets: offsets, modes: modes, statuses: statuses))
        for (index, mode) in modes.enumerated() where mode & UInt32(S_IFMT) == UInt32(S_IFDIR) {
            let name = names.withUnsafeBufferPointer { bytes in
                String(
                    cString: UnsafeRawPointer(bytes.baseAddress! + offsets[index]).assumingMemoryBound(to: CChar.self))
            }
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0, list(child, relative.isEmpty ? name : relative + "/" + name, into: &folders) else {
                return false
            }
        }
        return true
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
