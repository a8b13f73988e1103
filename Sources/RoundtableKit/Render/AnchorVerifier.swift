import Foundation

/// Checks every `page#fragment` link against the ids the target page really carries (headings,
/// and the template's own sections), so a link into any kind of page is checked. A page taken
/// from the build cache brings its remembered links and ids.
struct AnchorVerifier {
    let site: Site
    let files: [RenderedFile]

    func brokenAnchors() -> [Diagnostic] {
        let filesByPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        for check in files.flatMap(\.anchorChecks) {
            guard let route = site.routes.route(forContent: check.target),
                let file = filesByPath[route.outputFile]
            else { continue }
            let ids = file.ids.ids
            guard !ids.contains(check.fragment) else { continue }
            diagnostics.append(
                Diagnostic(
                    .error,
                    "broken anchor '\(check.written)': content/\(check.target) has no heading with the id "
                        + "'\(check.fragment)'",
                    at: check.location, sourceLine: check.sourceLine,
                    note: Suggestion.anchorNote(for: check.fragment, in: ids, page: "that page")
                ))
        }
        return diagnostics
    }
}
