import Foundation

/// Maps relative links between content files (`../topics/library-spaces.md#activity`) to the
/// URLs of the pages built from them, relative to the page that links.
public struct LinkResolver: Sendable {
    let routes: Routes
    /// `topics/alpha/index.html` → `topics/alpha.md`: the content file each page is built from.
    private let contentByOutputFile: [String: String]
    /// Output files no content file makes: index pages, the theme's assets, static files.
    private let otherFiles: Set<String>
    /// By path inside the static folder.
    private let staticFiles: Set<String>
    /// Files beside the content, by path inside content/: published where a page links to them.
    private let attachments: Set<String>
    /// Content files left out because they are drafts: a link to one is broken, but they exist.
    private let drafts: Set<String>
    /// Content files that could not be read: whether a link into one is right is not known.
    private let unread: Set<String>

    public init(
        routes: Routes, otherFiles: some Sequence<String> = [], staticFiles: some Sequence<String> = [],
        attachments: some Sequence<String> = [],
        drafts: some Sequence<String> = [], unread: Set<String> = []
    ) {
        self.routes = routes
        self.staticFiles = Set(staticFiles)
        self.attachments = Set(attachments)
        self.drafts = Set(drafts)
        self.unread = unread
        var contentByOutputFile: [String: String] = [:]
        for path in routes.contentPaths {
            if let route = routes.route(forContent: path) { contentByOutputFile[route.outputFile] = path }
        }
        self.contentByOutputFile = contentByOutputFile
        self.otherFiles = Set(otherFiles).union(staticFiles).union(routes.reserved.keys.map(\.outputFile))
    }

    public enum Resolution: Sendable, Equatable {
        /// An external URL, a site-absolute path or a file that is not content: left as written.
        case unchanged
        /// A link to a content file, rewritten; `target` is its content path, for the anchor check.
        case rewritten(url: String, target: String, fragment: String?)
        /// A link to a file beside the content, rewritten; `file` is its path inside content/,
        /// so that the file is published.
        case attachment(url: String, file: String)
        /// A link to a folder of content/ (`../topics/`), rewritten to the index built from it.
        case index(url: String)
        /// `#fragment` on the same page.
        case sameDocument(fragment: String)
        case broken(message: String, note: String?)
        /// A link that works but is probably not what was meant, or could be checked if written
        /// otherwise: left as written, and warned about.
        case questionable(message: String, note: String?)
    }

    /// `from` is the linking file's path inside content/ (`process/03-matching.md`, `site.yaml`).
    public func resolve(_ destination: String, from contentPath: String, on page: Route) -> Resolution {
        if destination.hasPrefix("#") {
            return .sameDocument(fragment: Self.decodePercent(String(destination.dropFirst())))
        }
        if destination.isEmpty { return .unchanged }
        if let misspelt = Self.misspeltScheme(destination) { return misspelt }
        if destination.hasPrefix("/") && !destination.hasPrefix("//") {
            return rootAbsolute(destination, from: contentPath, on: page)
        }
        if Self.hasScheme(destination) { return .unchanged }
        let (pathPart, fragment) = Self.splitFragment(destination)
        let path = pathPart.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        let decoded = Self.decodePercent(path)
        if decoded.isEmpty { return .unchanged }
        if decoded.hasSuffix(".html") || decoded.hasSuffix(".htm") {
            return htmlLink(destination, path: decoded, fragment: fragment, from: contentPath, on: page)
        }
        if decoded.hasSuffix("/") || decoded == "." || decoded == ".." {
            return folderLink(destination, path: decoded, fragment: fragment, from: contentPath, on: page)
        }
        guard decoded.hasSuffix(".md") || decoded.hasSuffix(".yaml") else {
            return fileLink(destination, path: decoded, fragment: fragment, from: contentPath, on: page)
        }
        guard let target = Self.normalise(decoded, relativeTo: contentPath) else {
            return .broken(message: "broken link '\(destination)': it leads outside the content folder", note: nil)
        }
        guard let route = routes.route(forContent: target) else {
            if unread.contains(target) { return .unchanged }
            if drafts.contains(target) {
                return .broken(
                    message: "broken link '\(destination)': content/\(target) is a draft (draft: true), which is not "
                        + "published",
                    note: "to publish it, remove 'draft: true' from its front matter; to preview the site with it, "
                        + "build with --drafts")
            }
            // Suggested as a link from this file, so that the suggestion itself works when pasted.
            let links = routes.contentPaths.map { Self.relativePath(to: $0, from: contentPath) }
            let note = Suggestion.linkNote(for: decoded, in: links)
            return .broken(message: "broken link '\(destination)': content/\(target) does not exist", note: note)
        }
        let url = page.relativeURL(to: route) + (fragment.map { "#" + $0 } ?? "")
        return .rewritten(url: url, target: target, fragment: fragment.map(Self.decodePercent))
    }

    // MARK: - Files and folders

    /// `../images/desk.png`: a file beside the content, relative to the linking file.
    private func fileLink(
        _ destination: String, path: String, fragment: String?, from contentPath: String, on page: Route
    ) -> Resolution {
        let target = Self.normalise(path, relativeTo: contentPath)
        if let target, attachments.contains(target) {
            let url = page.relativeURL(to: routes.attachment(target))
            let encoded = url.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? url
            return .attachment(url: encoded + (fragment.map { "#" + $0 } ?? ""), file: target)
        }
        if let target, case .withheld(let reason) = Attachment.kind(of: target) {
            return .broken(
                message: "link '\(destination)' names content/\(target), which is never published: \(reason)",
                note: "to show what it holds, write a table in the Markdown, without names")
        }
        // Written relative to the page's address, as if the site were a folder of files.
        let fromPage = Self.normalise(path, relativeTo: page.outputFile)
        if let fromPage, staticFiles.contains(fromPage) {
            return .questionable(
                message: "link '\(destination)' is relative to this page's address (\(page.path)), not to this file: "
                    + "it reaches the static file \(fromPage) from this page only",
                note: "move the file into content/ (content/\(fromPage)) and link it as "
                    + "'\(Self.relativePath(to: fromPage, from: contentPath))'")
        }
        if let fromPage, otherFiles.contains(fromPage) { return .unchanged }
        guard let target else {
            return .broken(
                message: "broken link '\(destination)': it leads outside the content folder",
                note: "put the file in content/ (for example content/images/) and link it relative to this file")
        }
        let links = attachments.map { Self.relativePath(to: $0, from: contentPath) }
        return .broken(
            message: "broken link '\(destination)': content/\(target) does not exist",
            note: Suggestion.linkNote(for: path, in: links))
    }

    /// `../topics/`: a folder of content/ is the index page built from it.
    private func folderLink(
        _ destination: String, path: String, fragment: String?, from contentPath: String, on page: Route
    ) -> Resolution {
        let folder = Self.normalise(path.hasSuffix("/") ? String(path.dropLast()) : path, relativeTo: contentPath)
        let index = folder == "" ? routes.home : folder.flatMap(SiteSection.init(rawValue:)).map(routes.index(of:))
        if let index {
            return .index(url: page.relativeURL(to: index) + (fragment.map { "#" + $0 } ?? ""))
        }
        return htmlLink(destination, path: path + "index.html", fragment: fragment, from: contentPath, on: page)
    }

    // MARK: - Links that leave the content files

    /// `/process/`: right only while the site is served from the root of its host.
    private func rootAbsolute(_ destination: String, from contentPath: String, on page: Route) -> Resolution {
        let message =
            "root-absolute link '\(destination)': it breaks when the site is served below a path "
            + "(base_url https://example.org/network/)"
        let (pathPart, fragment) = Self.splitFragment(destination)
        let path = Self.decodePercent(pathPart.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "")
        var candidates = [String(path.dropFirst())]
        let basePath = routes.baseURL.path
        if basePath.count > 1, path.hasPrefix(basePath) {
            candidates.insert(String(path.dropFirst(basePath.count)), at: 0)
        }
        let suffix = fragment.map { "#" + $0 } ?? ""
        for candidate in candidates {
            for file in Self.outputFiles(for: candidate) {
                if let target = contentByOutputFile[file] {
                    let relative = Self.relativePath(to: target, from: contentPath) + suffix
                    return .broken(message: message, note: "did you mean '\(relative)'?")
                }
                if otherFiles.contains(file) {
                    let route = Route(file.hasSuffix("/index.html") || file == "index.html" ? candidate : file)
                    return .broken(message: message, note: "did you mean '\(page.relativeURL(to: route))\(suffix)'?")
                }
            }
        }
        return .broken(
            message: message, note: "link to the Markdown file relative to this one, e.g. '../topics/alpha.md'")
    }

    /// `../topics/alpha/index.html`: the built page, relative to the page's address.
    private func htmlLink(
        _ destination: String, path: String, fragment: String?, from contentPath: String, on page: Route
    ) -> Resolution {
        let suffix = fragment.map { "#" + $0 } ?? ""
        let fromPage = Self.normalise(path, relativeTo: page.outputFile)
        if let fromPage, otherFiles.contains(fromPage) { return .unchanged }
        if let fromPage, let target = contentByOutputFile[fromPage] {
            return .questionable(
                message: "link '\(destination)' names a built page: the build cannot check its anchors, "
                    + "and it breaks if the page's address changes",
                note:
                    "link to the Markdown file instead: '\(Self.relativePath(to: target, from: contentPath))\(suffix)'")
        }
        if let fromContent = Self.normalise(path, relativeTo: contentPath),
            let target = contentByOutputFile[fromContent]
        {
            return .broken(
                message: "broken link '\(destination)': a link to a built page is relative to the page's address "
                    + "(\(page.outputFile)), which leads to \(fromPage ?? "outside the site")",
                note: "did you mean '\(Self.relativePath(to: target, from: contentPath))\(suffix)'?")
        }
        return .broken(
            message: "broken link '\(destination)': the site has no file \(fromPage ?? "outside its folder")",
            note: "link to the Markdown file relative to this one, e.g. '../topics/alpha.md'")
    }

    /// The output files a path below the site's root may name: `topics/alpha`, `topics/alpha/`
    /// and `topics/alpha/index.html` all name one page.
    private static func outputFiles(for path: String) -> [String] {
        if path.isEmpty || path.hasSuffix("/") { return [path + "index.html"] }
        return [path, path + "/index.html"]
    }

    /// `htps://`, `https//`, `www.example.org`: meant for the web, but a browser makes a relative
    /// link of them, or none.
    static func misspeltScheme(_ destination: String) -> Resolution? {
        // Only one starting with `www.` or `http`, or one with a scheme, can be misspelt; most
        // links are neither, and lowering each was most of the time spent resolving links.
        let first = destination.utf8.first.map { $0 | 0x20 }
        guard first == UInt8(ascii: "w") || first == UInt8(ascii: "h") || hasScheme(destination) else { return nil }
        let lowered = destination.lowercased()
        if lowered.hasPrefix("www."), !lowered.hasSuffix(".md"), !lowered.hasSuffix(".yaml") {
            return .questionable(
                message: "link '\(destination)' has no scheme, so it leads to a file of this site",
                note: "did you mean 'https://\(destination)'?")
        }
        for scheme in ["https", "http"] where lowered.hasPrefix(scheme) {
            let rest = destination.dropFirst(scheme.count)
            guard !rest.hasPrefix("://") else { return nil }
            let address = rest.drop { $0 == ":" || $0 == "/" }
            if rest.hasPrefix("//") {
                return .questionable(
                    message: "link '\(destination)' has no scheme, so it leads to a file of this site",
                    note: "did you mean '\(scheme)://\(address)'?")
            }
            if rest.hasPrefix(":") {
                return .questionable(
                    message: "link '\(destination)' is not a web address: '\(scheme):' must be followed by '//'",
                    note: "did you mean '\(scheme)://\(address)'?")
            }
        }
        guard let separator = destination.range(of: "://"), hasScheme(destination) else { return nil }
        let scheme = lowered[..<separator.lowerBound]
        let known = ["http", "https", "ftp", "ftps", "sftp", "ws", "wss", "file", "git", "ssh", "svn"]
        guard !known.contains(String(scheme)) else { return nil }
        let fixes = ["https", "http"].map { ($0, Suggestion.editDistance(String(scheme), $0)) }
        guard let fix = fixes.min(by: { $0.1 < $1.1 }), fix.1 == 1 else { return nil }
        return .questionable(
            message: "link '\(destination)' has a misspelt scheme '\(destination[..<separator.lowerBound]):'",
            note: "did you mean '\(fix.0)\(destination[separator.lowerBound...])'?")
    }

    // MARK: - Path arithmetic

    /// The path from the folder of `base` to `target`, both inside content/: `../process/01-x.md`.
    static func relativePath(to target: String, from base: String) -> String {
        let folder = base.split(separator: "/").dropLast()
        let parts = target.split(separator: "/")
        var common = 0
        while common < folder.count, common < parts.count - 1, folder[folder.startIndex + common] == parts[common] {
            common += 1
        }
        return String(repeating: "../", count: folder.count - common) + parts[common...].joined(separator: "/")
    }

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
