import CRoundtableSystem
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system calls that write, made directly for publishing and the build cache: Foundation's
/// `Data.write` syncs every file to disk and `createDirectory` walks the path each time, which
/// dominated the build of a large site. A static site can be rebuilt, so durability per file is
/// not needed; the swap of whole trees is what keeps output/ consistent.
package enum FileWriter {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    package static func write(_ data: some ContiguousBytes, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create", path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = roundtable_write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", path)
                }
                offset += written
            }
        }
    }

    /// Writes beside the target and renames over it, so a reader never sees half a file.
    package static func replace(_ data: some ContiguousBytes, at path: String) throws {
        let temporary = path + ".roundtable-tmp"
        try write(data, to: temporary)
        guard rename(temporary, path) == 0 else { throw failure("cannot replace", path) }
    }

    /// Gives `path` the file at `source` (same inode, so the same modification time). Where
    /// nothing is at `path` yet (every file of a new standby tree) one `link` does; a file that
    /// is there is replaced through a temporary name, so a reader never sees it missing.
    package static func link(_ source: String, to path: String) throws {
        if roundtable_link(source, path) == 0 { return }
        guard errno == EEXIST else { throw failure("cannot link", path) }
        let temporary = path + ".roundtable-tmp"
        unlink(temporary)
        guard roundtable_link(source, temporary) == 0 else { throw failure("cannot link", path) }
        guard rename(temporary, path) == 0 else { throw failure("cannot replace", path) }
    }

    /// Creates every folder in `directories` (parents listed before children, as sorting does).
    package static func makeDirectories(_ directories: some Sequence<String>) throws {
        for directory in directories where mkdir(directory, 0o755) != 0 && errno != EEXIST {
            throw failure("cannot create the folder", directory)
        }
    }

    package static func remove(_ path: String) {
        unlink(path)
    }

    /// Removes a folder if it is empty.
    package static func removeDirectoryIfEmpty(_ path: String) {
        rmdir(path)
    }

    /// Swaps two paths in one step (see CRoundtableSystem: renameat2 on Linux, renamex_np on macOS), so that at every
    /// moment each name holds a complete tree. Returns false where the kernel or file system
    /// cannot do it.
    package static func exchange(_ first: String, _ second: String) -> Bool {
        roundtable_exchange_paths(first, second) == 0
    }

    private static func failure(_ action: String, _ path: String) -> Failure {
        Failure(description: "\(action) '\(path)': \(String(cString: strerror(errno)))")
    }
}
