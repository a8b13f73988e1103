import Foundation

/// One file of the built site after rendering: its digest, and its bytes unless the output
/// sink took them at once or held the page already from an earlier build.
package struct RenderedFile: Sendable {
    /// What the file is made from.
    package enum Origin: Sendable, Equatable {
        /// A page showing content files whole (`topics/x.md`), or none (lists, the sitemap).
        case page(showing: [String])
        /// A theme asset, a static file or an attachment, copied on every build.
        case copied
        /// Made on every build from what every page gave (the search index).
        case combined
    }

    package let path: String
    package let digest: ContentDigest
    /// Nil when the sink did not keep them.
    package let bytes: Data?
    package let origin: Origin
    package let anchorChecks: [AnchorCheck]
    /// For a page, the files beside the content it links to, by path inside content/.
    package let attachments: [String]
    /// What rendering the page warned about, so that a build that takes the page from its cache
    /// reports the same warnings.
    package let warnings: [Diagnostic]
    /// The ids a `#fragment` link can land on.
    package let ids: ElementIDList
    /// What the search index holds of a page.
    package let searchEntry: SearchEntry?
    /// Instead of an entry, for a page taken from an earlier build: its line of that build's index.
    package let searchLine: SearchIndex.Line?

    package init(
        path: String, digest: ContentDigest, bytes: Data?, origin: Origin, anchorChecks: [AnchorCheck],
        attachments: [String] = [], warnings: [Diagnostic] = [], ids: ElementIDList,
        searchEntry: SearchEntry? = nil, searchLine: SearchIndex.Line? = nil
    ) {
        self.searchEntry = searchEntry
        self.searchLine = searchLine
        self.attachments = attachments
        self.path = path
        self.digest = digest
        self.bytes = bytes
        self.origin = origin
        self.anchorChecks = anchorChecks
        self.warnings = warnings
        self.ids = ids
    }
}
