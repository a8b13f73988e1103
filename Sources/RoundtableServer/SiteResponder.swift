import Foundation
import HTTPTypes
import Hummingbird

/// Answers every request from the site held in memory, as a static host would: `index.html`
/// for a folder, a redirect to add the slash a folder's address lacks, the site's own 404 page
/// with status 404. Pages get the live-reload script; the script and its event stream are
/// served under `/__roundtable/`.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    let live: LiveReload

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "only GET and HEAD are served\n", headers: [.allow: "GET, HEAD"])
        }
        let raw = request.uri.path
        switch raw {
        case LiveReload.scriptPath:
            return Self.bytes(Data(LiveScript.javaScript.utf8), type: "text/javascript; charset=utf-8", request)
        case LiveReload.stylesheetPath:
            return Self.bytes(Data(LiveScript.stylesheet.utf8), type: "text/css; charset=utf-8", request)
        case LiveReload.eventsPath:
            return events()
        default:
            break
        }
        let build = live.currentBuild
        guard let site = state.site else {
            // The first build failed: a page that shows its errors, and reloads once they are fixed.
            let page = Data(
                """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>Not built yet</title></head>
                <body><main><h1>The site has not been built yet</h1><p>The errors are shown here and where you ran
                <code>roundtable serve</code>. Fix them and save: this page reloads.</p></main></body></html>

                """.utf8)
            return self.page(page, path: "index.html", status: .serviceUnavailable, build: build, request)
        }
        switch RequestPath(raw, basePath: site.basePath, has: { site.files[$0] != nil }) {
        case .file(let path):
            return page(site.files[path]!, path: path, status: .ok, build: build, request)
        case .redirect(let location):
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .found, headers: [.location: location + query, .cacheControl: "no-store"])
        case .notFound:
            guard let notFound = site.files["404.html"] else { return Self.text(.notFound, "not found\n") }
            return page(notFound, path: "404.html", status: .notFound, build: build, request)
        case .refused:
            return Self.text(.badRequest, "this address leads outside the site\n")
        }
    }

    private func page(_ bytes: Data, path: String, status: HTTPResponse.Status, build: String, _ request: Request)
        -> Response
    {
        let type = MediaType.of(path)
        let body = type.hasPrefix("text/html") ? LiveReload.inject(into: bytes, build: build) : bytes
        return Self.bytes(body, type: type, request, status: status)
    }

    /// The event stream of one open page, ended when the server stops.
    private func events() -> Response {
        let stream = live.subscribe()
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                for await message in stream {
                    try await writer.write(ByteBuffer(string: message))
                }
                try await writer.finish(nil)
            })
    }

    private static func bytes(
        _ data: Data, type: String, _ request: Request, status: HTTPResponse.Status = .ok
    ) -> Response {
        let headers: HTTPFields = [
            .contentType: type, .contentLength: String(data.count), .cacheControl: "no-store",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        ]
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        return Response(status: status, headers: headers, body: body)
    }

    private static func text(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "text/plain; charset=utf-8"
        fields[.cacheControl] = "no-store"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The site being served, replaced whole when a build succeeds.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var current: PreviewBuildSite?

    var site: PreviewBuildSite? { lock.withLock { current } }

    func replace(_ site: PreviewBuildSite) { lock.withLock { current = site } }
}
