#if canImport(Glibc)
import Glibc
#endif

/// The version of Roundtable, shown by `--version`; a change invalidates every build cache.
public enum RoundtableVersion {
    public static let current = "0.2.0"

    /// The version and the running executable's size, modification time and inode: a build
    /// cache written by another build of the code, even one with the same version (a
    /// developer's, or a patched package), is not trusted.
    package static let buildIdentity: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return current }
        return "\(current) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ino)"
    }()
}
