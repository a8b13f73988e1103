import Crypto
import RoundtableKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folders of output/, grouped by the folder that holds them: a file added to a folder, or
/// a folder added, changes its parent folder's modification time. A build that has nothing to
/// do compares the digest of their status with the one the last build left instead of listing
/// every file of output/, which took longer than the rest of such a build. The cache's summary
/// keeps them in this form so that such a build looks at each folder from its parent's
/// descriptor, with no path to build or resolve again: a folder per page makes this most of
/// that build's work.
struct OutputFolders: Sendable, Equatable {
    struct Group: Sendable, Equatable {
        /// Inside output/; "" for output/ itself.
        let parent: String
        /// The names of the folders in `parent`, each followed by a zero byte, sorted.
        let names: [UInt8]
    }

    private(set) var groups: [Group] = []

    init() {}

    /// Every folder that holds one of `paths` (relative to output/).
    init(holding paths: some Sequence<String>) {
        var folders: Set<Substring> = []
        for path in paths {
            var folder = path[...]
            // Each folder's parents are added once, when the folder is new.
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(folder).inserted else { break }
            }
        }
        var byParent: [Substring: [Substring]] = [:]
        for folder in folders {
            let slash = folder.lastIndex(of: "/")
            let parent = slash.map { folder[..<$0] } ?? ""
            byParent[parent, default: []].append(slash.map { folder[folder.index(after: $0)...] } ?? folder)
        }
        groups = byParent.keys.sorted().map { parent in
            var names: [UInt8] = []
            for name in byParent[parent]!.sorted() {
                names += name.utf8
                names.append(0)
            }
            return Group(parent: String(parent), names: names)
        }
    }

    func encode(_ writer: inout BinaryWriter) {
        writer.write(groups.count)
        for group in groups {
            writer.write(group.parent)
            writer.write(block: group.names)
        }
    }

    static func decode(_ reader: inout BinaryReader) -> OutputFolders? {
        guard let count = reader.int(), count >= 0, count <= reader.remaining else { return nil }
        var folders = OutputFolders()
        folders.groups.reserveCapacity(count)
        for _ in 0..<count {
            guard let parent = reader.string(), let names = reader.block(), names.last ?? 0 == 0 else { return nil }
            folders.groups.append(Group(parent: parent, names: Array(names)))
        }
        return folders
    }

    /// Nil when a folder is missing or is not a folder.
    func digest(of output: String) -> ContentDigest? {
        let root = open(output, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return nil }
        defer { close(root) }
        var status = stat()
        guard fstat(root, &status) == 0 else { return nil }
        var hasher = SHA256()
        withUnsafeBytes(of: Self.fields(of: status)) { hasher.update(bufferPointer: $0) }
        // Runs of at most 1024 folders of one parent, split over the cores.
        var runs: [(group: Int, names: Range<Int>)] = []
        for (index, group) in groups.enumerated() {
            var start = 0
            var count = 0
            for (offset, byte) in group.names.enumerated() where byte == 0 {
                count += 1
                if count == 1024 || offset == group.names.count - 1 {
                    runs.append((index, start..<(offset + 1)))
                    start = offset + 1
                    count = 0
                }
            }
        }
        let statuses = Parallel.blockingMap(runs) { run -> [UInt8]? in
            let group = groups[run.group]
            let parent =
                group.parent.isEmpty
                ? root : openat(root, group.parent, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard parent >= 0 else { return nil }
            defer { if parent != root { close(parent) } }
            return group.names.withUnsafeBufferPointer { names -> [UInt8]? in
                var fields: [UInt8] = []
                var offset = run.names.lowerBound
                while offset < run.names.upperBound {
                    let name = UnsafeRawPointer(names.baseAddress! + offset).assumingMemoryBound(to: CChar.self)
                    var status = stat()
                    guard fstatat(parent, name, &status, AT_SYMLINK_NOFOLLOW) == 0, status.st_mode & S_IFMT == S_IFDIR
                    else { return nil }
                    withUnsafeBytes(of: Self.fields(of: status)) { fields += $0 }
                    offset += strlen(name) + 1
                }
                return fields
            }
        }
        for group in groups {
            ContentDigest.update(&hasher, withPart: group.parent)
            group.names.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        for run in statuses {
            guard let run else { return nil }
            run.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        return ContentDigest(finishing: hasher)
    }

    private static func fields(of raw: stat) -> (UInt64, UInt64, UInt64, UInt64) {
        let status = FileStatus(raw)
        return (UInt64(status.size), UInt64(status.modifiedSeconds), UInt64(status.modifiedNanoseconds), status.inode)
    }
}
