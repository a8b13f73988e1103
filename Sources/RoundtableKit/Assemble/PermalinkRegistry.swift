/// Hands out URLs and reports two files that would write the same one.
struct PermalinkRegistry {
    private var owners: [Permalink: String] = [:]
    private(set) var permalinksByContentPath: [String: Permalink] = [:]

    mutating func reserve(_ permalink: Permalink, owner: String) {
        owners[permalink] = owner
    }

    mutating func claim(_ permalink: Permalink, contentPath: String, file: SourceText, into diagnostics: inout [Diagnostic]) {
        if let owner = owners[permalink] {
            diagnostics.append(.error(
                "\(file.path) would write the URL '/\(permalink.path)', which \(owner) already writes",
                at: file.location(line: 1), in: file, note: "rename one of the two files"
            ))
            return
        }
        owners[permalink] = file.path
        permalinksByContentPath[contentPath] = permalink
    }
}
