/// A file the last build read whole (a pair file): its digest and what `stat` said of it.
struct FileMemory: Sendable {
    let whole: ContentDigest
    let signature: FileSignature
    /// Older than the build that read it by two seconds or more (git's racy-clean rule).
    var trusted = false
}
