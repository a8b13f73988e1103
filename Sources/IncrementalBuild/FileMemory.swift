import RoundtableKit

/// A file as the last build read it: what `stat` said before reading, the digest of its bytes,
/// and the digest of what other pages can show of it (a Markdown file's front matter; all of
/// any other file).
struct FileMemory: Sendable {
    let signature: FileSignature?
    let whole: ContentDigest
    let shown: ContentDigest
    /// Older than the build that read it by two seconds or more, so that a later change cannot
    /// have kept its time (git's racy-clean rule): only then is the signature enough.
    var trusted = false

    func vouches(for signature: FileSignature?) -> Bool {
        trusted && signature != nil && signature == self.signature
    }
}

extension FileMemory {
    func encode(_ writer: inout BinaryWriter) {
        writer.write(whole)
        writer.write(shown)
        writer.write(trusted)
        writer.write(signature != nil)
        if let signature { writer.write(signature) }
    }

    static func decode(_ reader: inout BinaryReader) -> FileMemory? {
        guard let whole = reader.digest(), let shown = reader.digest(), let trusted = reader.bool(), let hasSignature = reader.bool()
        else { return nil }
        var signature: FileSignature?
        if hasSignature { guard let stored = reader.signature() else { return nil }; signature = stored }
        return FileMemory(signature: signature, whole: whole, shown: shown, trusted: trusted)
    }
}
