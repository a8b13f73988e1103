import Foundation

/// The version of Roundtable, shown by `--version`; a change invalidates every build cache.
public enum RoundtableVersion {
    public static let current = "0.2.0"

    /// The version and the running executable's size, modification time and inode: a build
    /// cache written by another build of the code, even one with the same version (a
    /// developer's, or a patched package), is not trusted.
    package static let buildIdentity: String = {
        guard let path = Bundle.main.executablePath, let file = FileStatus.of(path) else { return current }
        return "\(current) \(file.size) \(file.modifiedSeconds).\(file.modifiedNanoseconds) \(file.inode)"
    }()
}
