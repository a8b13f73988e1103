/// Where a request's path leads in the built site. The site is a dictionary of built files,
/// so nothing else can be served whatever the path says; still, a path that tries to step
/// outside (`..`, an encoded slash or backslash, a NUL) is refused outright rather than
/// resolved, as a web server would.
enum RequestPath: Equatable {
    /// A file of the site, by its path below the base URL (`topics/x/index.html`).
    case file(String)
    /// Somewhere else, to be asked for again (`/` → `/iln/`, `/iln/topics` → `/iln/topics/`).
    case redirect(String)
    case notFound
    /// A path that tries to step outside the site, or that is not a path at all.
    case refused

    /// `raw` is the path as sent, still percent-encoded, without the query.
    init(_ raw: String, basePath: String, has: (String) -> Bool) {
        guard let segments = Self.segments(raw) else {
            self = .refused
            return
        }
        let isFolder = raw.hasSuffix("/") || segments.isEmpty
        let path = "/" + segments.joined(separator: "/") + (isFolder && !segments.isEmpty ? "/" : "")
        if path == basePath || path + "/" == basePath {
            self = path == basePath && has("index.html") ? .file("index.html") : .redirect(basePath)
            return
        }
        if path == "/" {
            self = .redirect(basePath)
            return
        }
        guard path.hasPrefix(basePath) else {
            self = .notFound
            return
        }
        let relative = String(path.dropFirst(basePath.count))
        if isFolder {
            self = has(relative + "index.html") ? .file(relative + "index.html") : .notFound
        } else if has(relative) {
            self = .file(relative)
        } else if has(relative + "/index.html") {
            self = .redirect(path + "/")
        } else {
            self = .notFound
        }
    }

    /// The decoded segments, empty ones dropped; nil when one is `.` or `..`, holds a slash,
    /// a backslash or a control character once decoded, or is not valid percent-encoding.
    static func segments(_ raw: String) -> [String]? {
        guard raw.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for encoded in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(encoded).removingPercentEncoding, segment != ".", segment != "..",
                !segment.contains(where: { $0 == "/" || $0 == "\\" || $0.isASCII && $0.asciiValue! < 0x20 })
            else { return nil }
            segments.append(segment)
        }
        return segments
    }
}
