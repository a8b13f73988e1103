import Foundation

/// One file of the built site as the render stage hands it to publishing: its bytes, or, when
/// the build cache showed that nothing it depends on changed, only the digest of the bytes that
/// output/ already holds.
struct RenderedFile: Sendable {
    let path: String
    let digest: ContentDigest
    /// Nil when the file was not rendered again.
    let bytes: Data?
    /// Of the page's inputs; nil for files made on every build (sitemap, assets).
    let fingerprint: ContentDigest?
    let anchorChecks: [AnchorCheck]
}
