import Foundation

/// Checks every `page#fragment` link against the ids the target page really carries (headings,
/// and the template's own sections), so a link into any kind of page is checked. A page taken
/// from the build cache brings its remembered links and, where known, its ids.
struct AnchorVerifier {
    let site: Site
    let files: [RenderedFile]
    let memory: [String: PageMemory]
    let existingOutput: String?

    func brokenAnchors() -> [Diagnostic] {
        let filesByPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var idsByTarget: [String: Set<String>] = [:]
        var diagnostics: [Diagnostic] = []
        for check in files.flatMap(\.anchorChecks) {
            guard let permalink = site.links.permalinks[check.target], let file = filesByPath[permalink.outputFile] else { continue }
            let ids = idsByTarget[check.target] ?? ids(of: file)
            idsByTarget[check.target] = ids
            guard !ids.contains(check.fragment) else { continue }
            diagnostics.append(Diagnostic(
                .error, "broken anchor '\(check.written)': content/\(check.target) has no heading with the id '\(check.fragment)'",
                at: check.location, sourceLine: check.sourceLine, note: Suggestion.note(for: check.fragment, in: ids)
            ))
        }
        return diagnostics
    }

    /// The ids of every page some link points into, for the build cache.
    func targetIDs() -> [String: Set<String>] {
        let filesByPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [String: Set<String>] = [:]
        for check in files.flatMap(\.anchorChecks) {
            guard let permalink = site.links.permalinks[check.target], let file = filesByPath[permalink.outputFile],
                  result[file.path] == nil else { continue }
            result[file.path] = ids(of: file)
        }
        return result
    }

    private func ids(of file: RenderedFile) -> Set<String> {
        if let bytes = file.bytes { return ElementIDs.in(bytes) }
        if let remembered = memory[file.path]?.ids { return remembered }
        if let existingOutput, let bytes = FileManager.default.contents(atPath: existingOutput + "/" + file.path) { return ElementIDs.in(bytes) }
        return []
    }
}
