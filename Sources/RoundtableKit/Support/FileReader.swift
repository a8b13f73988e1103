import CRoundtableSystem
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file with one descriptor and no copies: for the sources (ten thousand files,
/// where FileManager's reading cost ten times the system calls) and the build cache.
package enum FileReader {
    /// The file's bytes; nil if it cannot be read or is not a regular file.
    package static func data(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var capacity = max(Int(status.st_size), 0) + 1
        var buffer = malloc(capacity)!.assumingMemoryBound(to: UInt8.self)
        var count = 0
        // Until the end of the file, in case it grew since fstat.
        while true {
            if count == capacity {
                capacity *= 2
                buffer = realloc(buffer, capacity)!.assumingMemoryBound(to: UInt8.self)
            }
            let read = roundtable_read(descriptor, buffer + count, capacity - count)
            if read < 0 && errno == EINTR { continue }
            if read < 0 {
                free(buffer)
                return nil
            }
            if read == 0 { break }
            count += read
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
    }

    /// The file's bytes, as many as its size said when it was opened (at most `limit`); nil if
    /// it cannot be read.
    package static func bytes(_ path: String, upTo limit: Int = .max) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = min(Int(status.st_size), limit)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let read = roundtable_read(descriptor, buffer.baseAddress! + count, size - count)
                if read < 0 && errno == EINTR { continue }
                if read <= 0 {
                    failed = read < 0
                    return
                }
                count += read
            }
        }
        return failed ? nil : bytes
    }
}
