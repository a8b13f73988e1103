/// What the build cache remembers of one output file: the fingerprint of its inputs, the digest
/// of its bytes, and what its rendering left to check once every page exists.
struct PageMemory: Sendable {
    let fingerprint: ContentDigest
    let digest: ContentDigest
    let anchorChecks: [AnchorCheck]
    /// The page's element ids, for links into it from pages rendered later.
    let ids: ElementIDList
}
