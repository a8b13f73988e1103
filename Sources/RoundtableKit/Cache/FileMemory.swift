/// A file the last build read whole (a pair file): its digest and what `stat` said of it.
struct FileMemory: Sendable {
    let whole: ContentDigest
    let signature: FileSignature
    /// Older than the build that read it by two seconds or more (git's racy-clean rule).
    var trusted = false
}

extension FileMemory {
    func encode(_ writer: inout BinaryWriter) {
        writer.write(whole)
        writer.write(trusted)
        writer.write(signature)
    }

    static func decode(_ reader: inout BinaryReader) -> FileMemory? {
        guard let whole = reader.digest(), let trusted = reader.bool(), let signature = reader.signature() else { return nil }
        var file = FileMemory(whole: whole, signature: signature)
        file.trusted = trusted
        return file
    }
}
