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
}
