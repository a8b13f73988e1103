/// The address the site is served from: site.yaml's `base_url`, or `--base-url` for a preview.
/// Both are checked here, and nowhere else.
public struct BaseURL: Sendable, Equatable {
    /// Always ends in `/`: `https://example.org/iln/`.
    public let text: String

    /// Nil unless `text` is an absolute http(s) URL.
    public init?(_ text: String) {
        guard SiteConfig.isWebURL(text) else { return nil }
        self.text = text.hasSuffix("/") ? text : text + "/"
    }

    /// The path after the host, `/iln/` for `https://example.org/iln/`.
    public var path: String {
        guard let schemeEnd = text.range(of: "://") else { return "/" }
        let afterHost = text[schemeEnd.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }
}
