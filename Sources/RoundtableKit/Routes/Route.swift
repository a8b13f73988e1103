/// Where a page lives: a path below the base URL, `""` for the home page, `topics/x/` for a topic.
/// `Routes` makes every one. Pages are written as `<path>index.html`, so every URL ends in `/` and
/// works on any static host.
public struct Route: Sendable, Hashable, Comparable {
    public let path: String

    public init(_ path: String) {
        self.path = path
    }

    /// The file written for this page inside output/.
    public var outputFile: String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// How deep the page sits: `topics/x/` is 2 folders down from the site root.
    /// Counted on bytes: every page computes it for each of its links.
    var depth: Int {
        let slash = UInt8(ascii: "/")
        var components = 0
        var inComponent = false
        for byte in path.utf8 {
            if byte == slash {
                inComponent = false
            } else if !inComponent {
                inComponent = true
                components += 1
            }
        }
        return components - (path.isEmpty || path.utf8.last == slash ? 0 : 1)
    }

    /// The relative prefix that leads from this page back to the site root: `../../`, or `./`.
    /// Relative links keep the site working wherever it is served from, even from a file:// URL.
    public var rootPrefix: String {
        depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// A relative URL from this page to `target`.
    public func relativeURL(to target: Route) -> String {
        if target == self { return "./" }
        let prefix = depth == 0 ? "" : rootPrefix
        let url = prefix + target.path
        return url.isEmpty ? "./" : url
    }

    public static func < (lhs: Route, rhs: Route) -> Bool { lhs.path < rhs.path }
}
