import Foundation
import RoundtableKit

/// The folder an old site's pages and files are in, read by paths relative to it.
struct SourceFolder {
    let root: URL
    /// The folder as the organiser named it (`old-site`, `book/src`), to name files in notes.
    let shownRoot: String

    init(_ path: String) {
        root = URL(fileURLWithPath: path).standardizedFileURL
        shownRoot = path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    func folder(_ path: String) -> SourceFolder {
        SourceFolder(path.isEmpty ? shownRoot : shownRoot + "/" + path)
    }

    func shown(_ path: String) -> String { shownRoot + "/" + path }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func data(_ path: String) -> Data? { try? Data(contentsOf: url(path)) }

    /// The file's text, nil when it is missing or not UTF-8. Line endings become `\n`.
    func text(_ path: String) -> String? {
        data(path).flatMap { String(data: $0, encoding: .utf8) }?.replacingOccurrences(of: "\r\n", with: "\n")
    }

    func source(_ path: String) -> SourceText? {
        text(path).map { SourceText(path: shown(path), text: $0) }
    }

    /// A regular file inside the folder (a symbolic link leading out of it is not).
    func isFile(_ path: String) -> Bool {
        let target = url(path).resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && target.path.hasPrefix(root.resolvingSymlinksInPath().path + "/")
    }

    /// Every file below the folder, as sorted relative paths, leaving out folders `skips` names.
    func files(skipping skips: (String) -> Bool) -> [String] {
        var found: [String] = []
        func walk(_ relative: String) {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: url(relative).path)) ?? []
            for name in entries.sorted() {
                let path = relative.isEmpty ? name : relative + "/" + name
                guard !skips(path) else { continue }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory) else {
                    continue
                }
                if isDirectory.boolValue {
                    walk(path)
                } else if isFile(path) {
                    found.append(path)
                }
            }
        }
        walk("")
        return found
    }
}

/// Paths inside a site or a content folder: `/`-separated, relative, without `.` or `..`.
enum SitePath {
    /// The folder part of a file's path, with its trailing `/` (`""` at the root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// `relative` resolved against `folder`; nil when it climbs above the root.
    static func resolve(_ relative: String, against folder: String) -> String? {
        var segments = folder.split(separator: "/").map(String.init)
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (index, part) in parts.enumerated() {
            switch part {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            case "" where index < parts.count - 1: continue
            default: segments.append(part)
            }
        }
        var result = segments.filter { !$0.isEmpty }.joined(separator: "/")
        if relative.hasSuffix("/") && !result.isEmpty { result += "/" }
        return result
    }

    /// How file `to` is reached from file `from`, both relative to one root.
    static func relative(from: String, to: String) -> String {
        var fromFolders = folder(of: from).split(separator: "/").map(String.init)
        var toParts = to.split(separator: "/").map(String.init)
        while let first = fromFolders.first, toParts.count > 1, first == toParts.first {
            fromFolders.removeFirst()
            toParts.removeFirst()
        }
        return (Array(repeating: "..", count: fromFolders.count) + toParts).joined(separator: "/")
    }

    /// One form for an old URL, to compare the ways it was written: `guide/x.html`, `guide/x/`,
    /// `guide/x` and `/guide/x.html` all give `guide/x`; `guide/index.html` gives `guide`.
    static func key(_ url: String) -> String {
        var path = Substring(url)
        while path.hasPrefix("/") { path = path.dropFirst() }
        if path == "index.html" || path.hasSuffix("/index.html") { path = path.dropLast("index.html".count) }
        if path.hasSuffix(".html") { path = path.dropLast(".html".count) }
        while path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}

enum FileNames {
    /// `05-selecting_a_student` → "Selecting a student": a title for what has none.
    static func words(of stem: String) -> String {
        let unnumbered = stem.drop { $0.isNumber }
        let name = unnumbered.first == "-" || unnumbered.first == "_" ? unnumbered.dropFirst() : Substring(stem)
        let words = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
