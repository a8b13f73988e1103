import Foundation

/// Where a secret key may not go: inside a content folder, where a build could publish it and git would keep it.
enum ContentFolder {
    /// The content folder `path` lies in: `source` (the `--source` folder) when the path is inside it, or else the
    /// nearest folder above the path that holds a site.yaml (a content folder given by another name); nil when
    /// neither is true. The path need not exist (then its folder's symbolic links are resolved).
    static func containing(_ path: String, source: String) -> String? {
        let file = resolved(path)
        if isInside(file, resolved(source)) { return source }
        var folder = (file as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/" {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("site.yaml")) {
                return folder
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// Whether `path` lies inside `folder` (both as given, symbolic links resolved).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        resolved(path).hasPrefix(resolved(folder) + "/")
    }

    private static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) { return url.resolvingSymlinksInPath().path }
        let parent = url.deletingLastPathComponent().resolvingSymlinksInPath()
        return parent.appendingPathComponent(url.lastPathComponent).path
    }
}
