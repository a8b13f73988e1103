/// Hands out URLs and reports two files that would write the same one.
struct RouteRegistry {
    private var owners: [Route: String]
    private(set) var routesByContentPath: [String: Route] = [:]

    /// `reserved`: routes no content file may take, and what holds them.
    init(reserving reserved: [Route: String]) {
        owners = reserved
    }

    mutating func claim(_ route: Route, contentPath: String, file: SourceText, into diagnostics: inout [Diagnostic]) {
        if let owner = owners[route] {
            diagnostics.append(
                .error(
                    "\(file.path) would write the URL '/\(route.path)', which \(owner) already writes",
                    at: file.location(line: 1), in: file, note: "rename one of the two files"
                ))
            return
        }
        owners[route] = file.path
        routesByContentPath[contentPath] = route
    }

    /// An old address of the page at `target`, taken by a redirect page unless something else writes it.
    mutating func claim(
        _ alias: Route, redirectingTo target: Route, written at: Alias, into diagnostics: inout [Diagnostic]
    )
        -> Bool
    {
        if let owner = owners[alias] {
            diagnostics.append(
                Diagnostic(
                    .error, "alias '/\(alias.path)' is an address that \(owner) already writes",
                    at: at.location, sourceLine: at.sourceLine,
                    note: alias == target
                        ? "a page's own address needs no alias" : "remove the alias or move the other page"))
            return false
        }
        owners[alias] = "the alias in \(at.location.file)"
        return true
    }
}
