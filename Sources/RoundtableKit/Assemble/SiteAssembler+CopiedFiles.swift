/// Static files and attachments are copied into the site as they are: each may add to the site,
/// never replace what Roundtable generates, nor each other.
extension SiteAssembler {
    enum CopiedFile: Hashable {
        /// By path inside the static folder.
        case inStatic(String)
        /// By path inside content/.
        case attachment(String)
    }

    static func copiedFileConflicts(
        _ sources: SourceSet, routes: Routes, generatedPages: [Route]
    ) -> [(file: CopiedFile, diagnostic: Diagnostic)] {
        var generated = Set(generatedPages.map(\.outputFile))
        // The assets folder is reserved as a whole; its files are the theme's, added below.
        generated.formUnion(routes.reserved.keys.filter { $0 != routes.assets }.map(\.outputFile))
        generated.formUnion(sources.theme.assets.map { routes.asset($0.path).outputFile })
        generated.formUnion(sources.rounds.map { routes.calendar($0.id).outputFile })
        var conflicts: [(CopiedFile, Diagnostic)] = []
        for file in sources.staticFiles {
            let location = SourceLocation(file: "\(sources.staticFolder)/\(file.path)", line: 1)
            if let problem = conflict(file.path, generated: generated) {
                conflicts.append((.inStatic(file.path), .error("static file '\(file.path)' \(problem)", at: location)))
            }
        }
        let staticPaths = Set(sources.staticFiles.map(\.path))
        for attachment in sources.attachments {
            let location = SourceLocation(file: sources.shownContentPath(attachment.path), line: 1)
            if let problem = conflict(attachment.path, generated: generated) {
                conflicts.append(
                    (.attachment(attachment.path), .error("this file, published as it is, \(problem)", at: location)))
            } else if staticPaths.contains(attachment.path) {
                conflicts.append(
                    (
                        .attachment(attachment.path),
                        .error(
                            "file would be published at the same address as "
                                + "\(sources.staticFolder)/\(attachment.path); rename or remove one of them",
                            at: location)
                    ))
            }
        }
        return conflicts
    }

    private static func conflict(_ path: String, generated: Set<String>) -> String? {
        if generated.contains(path) { return "would replace a file Roundtable generates; rename or remove it" }
        if path.hasPrefix(".roundtable") || path.hasSuffix(".roundtable-tmp") {
            return "uses a name Roundtable keeps for itself"
        }
        return nil
    }
}
