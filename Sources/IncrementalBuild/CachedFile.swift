import RoundtableKit

/// A file as the last build read it: what `stat` said before reading, the digest of its bytes,
/// and the digest of what other pages can show of it (a Markdown file's front matter; all of
/// any other file).
struct CachedFile: Sendable {
    let status: FileStatus?
    let whole: ContentDigest
    let shown: ContentDigest
    /// Older than the build that read it by two seconds or more, so that a later change cannot
    /// have kept its time (git's racy-clean rule): only then is the status enough.
    var trusted = false

    func vouches(for status: FileStatus?) -> Bool {
        trusted && status != nil && status == self.status
    }
}

extension CachedFile {
    func encode(_ writer: inout BinaryWriter) {
        writer.write(whole)
        writer.write(shown)
        writer.write(trusted)
        writer.write(status != nil)
        if let status { writer.write(status) }
    }

    static func decode(_ reader: inout BinaryReader) -> CachedFile? {
        guard let whole = reader.digest(), let shown = reader.digest(), let trusted = reader.bool(),
            let hasStatus = reader.bool()
        else { return nil }
        var status: FileStatus?
        if hasStatus {
            guard let stored = reader.status() else { return nil }
            status = stored
        }
        return CachedFile(status: status, whole: whole, shown: shown, trusted: trusted)
    }
}
