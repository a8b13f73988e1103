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
        let afterHost = afterScheme.drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    /// `example.org` for `https://example.org/iln/`.
    public var host: String { String(afterScheme.prefix { $0 != "/" }) }

    private var afterScheme: Substring {
        text.range(of: "://").map { text[$0.upperBound...] } ?? Substring(text)
    }
}
