import Foundation

/// Follows every relative `href` and `src` in a built site and reports those that lead nowhere,
/// as a reader's browser would.
enum LinkProbe {
    static func brokenLinks(in site: URL) -> [String] {
        var broken: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)""#)
        for path in FileSystemWalker.files(below: site) where path.hasSuffix(".html") && path != "404.html" {
            let page = site.appendingPathComponent(path)
            guard let html = try? String(contentsOf: page, encoding: .utf8) else { continue }
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let target = String(html[Range(match.range(at: 1), in: html)!]).replacingOccurrences(
                    of: "&amp;", with: "&")
                guard !target.contains("://"), !target.hasPrefix("#"), !target.hasPrefix("mailto:") else { continue }
                let (pathPart, fragment) = split(target)
                let decoded = pathPart.removingPercentEncoding ?? pathPart
                var resolved = page.deletingLastPathComponent().appendingPathComponent(decoded).standardizedFileURL
                if pathPart.isEmpty || pathPart.hasSuffix("/") || resolved.hasDirectoryPath {
                    resolved = resolved.appendingPathComponent("index.html")
                }
                guard resolved.path.hasPrefix(site.standardizedFileURL.path),
                    FileManager.default.fileExists(atPath: resolved.path)
                else {
                    broken.append("\(path): \(target)")
                    continue
                }
                // An image or a PDF: its fragment (`#page=2`) is for the viewer, not an id.
                guard resolved.pathExtension == "html" else { continue }
                guard let targetHTML = try? String(contentsOf: resolved, encoding: .utf8) else {
                    broken.append("\(path): \(target)")
                    continue
                }
                if let fragment, !targetHTML.contains("id=\"\(fragment)\"") {
                    broken.append("\(path): \(target) (no id '\(fragment)')")
                }
            }
        }
        return broken
    }

    private static func split(_ url: String) -> (String, String?) {
        guard let hash = url.firstIndex(of: "#") else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }
}

enum FileSystemWalker {
    static func files(below directory: URL) -> [String] {
        let base = directory.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
