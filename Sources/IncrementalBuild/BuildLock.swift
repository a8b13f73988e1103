import Foundation
import RoundtableKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock on a file beside the build cache, held until `release` or until
/// the process ends, however it ends.
struct BuildLock {
    private let descriptor: Int32

    /// Nil when another process holds it.
    init?(forOutput output: String) {
        let (directory, file) = BuildCache.location(forOutput: output)
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let descriptor = open(file + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    func release() {
        close(descriptor)
    }
}
