import Foundation

/// Maps relative links between content files (`../topics/library-spaces.md#activity`) to the
/// URLs of the pages built from them, relative to the page that links.
public struct LinkResolver: Sendable {
    let routes: Routes

    public enum Resolution: Sendable, Equatable {
        /// An external URL, a site-absolute path or a file that is not content: left as written.
        case unchanged
        /// A link to a content file, rewritten; `target` is its content path, for the anchor check.
        case rewritten(url: String, target: String, fragment: String?)
        /// `#fragment` on the same page.
        case sameDocument(fragment: String)
        case broken(message: String, note: String?)
    }

    /// `from` is the linking file's path inside content/ (`process/03-matching.md`, `site.yaml`).
    public func resolve(_ destination: String, from contentPath: String, on page: Route) -> Resolution {
        if destination.hasPrefix("#") {
            return .sameDocument(fragment: Self.decodePercent(String(destination.dropFirst())))
        }
        if destination.isEmpty || destination.hasPrefix("/") || Self.hasScheme(destination) {
            return .unchanged
        }
        let (pathPart, fragment) = Self.splitFragment(destination)
        let path = pathPart.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        let decoded = Self.decodePercent(path)
        guard decoded.hasSuffix(".md") || decoded.hasSuffix(".yaml") else { return .unchanged }
        guard let target = Self.normalise(decoded, relativeTo: contentPath) else {
            return .broken(message: "broken link '\(destination)': it leads outside the content folder", note: nil)
        }
        guard let route = routes.route(forContent: target) else {
            let note = Suggestion.note(for: target, in: routes.contentPaths)
            return .broken(message: "broken link '\(destination)': content/\(target) does not exist", note: note)
        }
        let url = page.relativeURL(to: route) + (fragment.map { "#" + $0 } ?? "")
        return .rewritten(url: url, target: target, fragment: fragment.map(Self.decodePercent))
    }

    // MARK: - Path arithmetic

    static func hasScheme(_ url: String) -> Bool {
        if url.utf8.starts(with: "//".utf8) { return true }
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = url.utf8[..<colon]
        return !scheme.isEmpty
            && scheme.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                    true
                default: false
                }
            }
    }

    static func splitFragment(_ url: String) -> (String, String?) {
        guard let hash = url.firstIndex(of: "#") else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }

    /// Resolves `../topics/x.md` against the folder of `base`; nil if it climbs out of content/.
    static func normalise(_ path: String, relativeTo base: String) -> String? {
        if isPlain(path) {
            // Most links name a file in the same folder or below: no component to resolve.
            guard let slash = base.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
            return base[..<slash] + "/" + path
        }
        var parts = base.split(separator: "/").dropLast()
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    /// No empty component and none starting with a dot (`.`, `..`, or a hidden file).
    private static func isPlain(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/") && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) {
                return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }

    static func decodePercent(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }
}
