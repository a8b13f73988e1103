import Foundation

/// One file of the built site after rendering: its digest, and its bytes unless they were
/// handed to publishing at once or, the build cache showing that nothing it depends on
/// changed, not rendered again.
struct RenderedFile: Sendable {
    let path: String
    let digest: ContentDigest
    /// Nil when the file was not rendered again or was already published.
    let bytes: Data?
    /// Of the page's inputs; nil for files made on every build (assets, static files).
    let fingerprint: ContentDigest?
    let anchorChecks: [AnchorCheck]
    /// The ids a `#fragment` link can land on.
    let ids: ElementIDList
}
