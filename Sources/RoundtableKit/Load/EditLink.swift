import Yams

/// `edit_url` with its optional `edit_paths`: where a reader can suggest a change to the file a
/// page comes from. `{path}` is the file's path inside content/, unless `edit_paths` maps
/// content folders to where the files live in the repository (`process/: docs/handbook/`).
public struct EditLink: Sendable {
    public let pattern: String
    /// Content path prefixes and their repository paths, longest prefix first.
    let paths: [(content: String, repository: String)]

    func url(for contentPath: String) -> String {
        var path = contentPath
        if let mapped = paths.first(where: { contentPath.hasPrefix($0.content) }) {
            path = mapped.repository + contentPath.dropFirst(mapped.content.count)
        }
        return pattern.replacingOccurrences(of: "{path}", with: path)
    }

    static func read(from reader: inout MappingReader) -> EditLink? {
        let pattern = reader.string("edit_url", required: false)
        if let pattern, let value = reader.valueNode("edit_url"),
            !pattern.contains("{path}") || !SiteConfig.isWebURL(pattern)
        {
            reader.report(
                "'edit_url' must be an http(s) URL containing {path}, which becomes the file's path inside content/",
                at: value)
        }
        var paths: [(content: String, repository: String)] = []
        if let node = reader.valueNode("edit_paths"), reader.has("edit_paths") {
            if pattern == nil {
                reader.report("'edit_paths' maps the {path} of 'edit_url', which is missing", at: node)
            }
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    let content = key.scalar?.string
                    let repository = value.scalar?.string
                    guard let content, let repository, isRelativeFolder(content), isRelativeFolder(repository)
                    else {
                        let wrong = content.map(isRelativeFolder) == true ? value : key
                        reader.report(
                            "'edit_paths' maps a folder inside content/ to its folder in the repository, each "
                                + "ending in '/' (\"\" for content/ itself), such as 'process/: docs/handbook/'",
                            at: wrong)
                        continue
                    }
                    paths.append((content, repository))
                }
            } else {
                reader.report("'edit_paths' must be a mapping, such as 'process/: docs/handbook/'", at: node)
            }
        }
        guard let pattern else { return nil }
        return EditLink(pattern: pattern, paths: paths.sorted { $0.content.count > $1.content.count })
    }

    /// "" or `a/b/`: a folder written from the top of its tree, never leaving it.
    private static func isRelativeFolder(_ path: String) -> Bool {
        if path.isEmpty { return true }
        guard path.hasSuffix("/"), !path.hasPrefix("/") else { return false }
        return !path.split(separator: "/").contains { $0 == ".." || $0 == "." } && !path.contains("//")
    }
}
