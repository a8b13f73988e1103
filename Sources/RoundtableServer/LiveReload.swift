import Foundation
import RoundtableKit

/// Tells every open page what the last build did, over server-sent events: `build` with the
/// id of the site now served (a page showing an older one reloads), `problems` with the errors
/// that keep the site from being rebuilt (the page shows them over itself; an empty list takes
/// them away).
final class LiveReload: @unchecked Sendable {
    /// What the script of the preview asks for, outside the site's own paths.
    static let prefix = "/__roundtable/"
    static let scriptPath = prefix + "live.js"
    static let stylesheetPath = prefix + "live.css"
    static let eventsPath = prefix + "events"

    private let lock = NSLock()
    private var clients: [UUID: AsyncStream<String>.Continuation] = [:]
    private var buildID: String
    private var problems: String
    /// A new server's ids never repeat an old one's: a page left open across a restart reloads.
    private let session = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
    private var count = 0

    init() {
        buildID = session + "-0"
        problems = Self.problemsMessage([], note: nil)
    }

    /// The id of the site being served, written into every page served.
    var currentBuild: String { lock.withLock { buildID } }

    /// A new site is served.
    func published() {
        let message = lock.withLock { () -> String in
            count += 1
            buildID = "\(session)-\(count)"
            problems = Self.problemsMessage([], note: nil)
            return Self.event("build", Self.json(["build": buildID])) + problems
        }
        broadcast(message)
    }

    /// The build failed, or succeeded without changing a file: `errors` are what to show (none clears them).
    func showProblems(_ errors: [Diagnostic], note: String?) {
        let message = lock.withLock { () -> String in
            problems = Self.problemsMessage(errors, note: note)
            return problems
        }
        broadcast(message)
    }

    /// A stream of events for one client: what is true now, then each change.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        lock.withLock {
            clients[id] = continuation
            continuation.yield("retry: 500\n\n" + Self.event("build", Self.json(["build": buildID])) + problems)
        }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.clients.removeValue(forKey: id) }
        }
        return stream
    }

    private func broadcast(_ message: String) {
        for client in lock.withLock({ Array(clients.values) }) { client.yield(message) }
    }

    private static func problemsMessage(_ errors: [Diagnostic], note: String?) -> String {
        let entries = errors.map { diagnostic -> [String: String] in
            var entry = ["severity": diagnostic.severity.rawValue, "message": diagnostic.message]
            if let location = diagnostic.location {
                entry["location"] = "\(location.file):\(location.line):\(location.column)"
            }
            if let line = diagnostic.sourceLine { entry["line"] = line }
            if let note = diagnostic.note { entry["note"] = note }
            return entry
        }
        var object: [String: Any] = ["problems": entries]
        if let note { object["note"] = note }
        return event("problems", json(object))
    }

    private static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\ndata: \(data)\n\n"
    }

    private static func json(_ object: Any) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Ends every stream (the server is stopping).
    func closeAll() {
        for client in lock.withLock({ Array(clients.values) }) { client.finish() }
    }

    /// A page as `serve` sends it: the script that listens for events, as a file, so that a
    /// Content-Security-Policy of `script-src 'self'` allows it.
    static func inject(into html: Data, build: String) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\" data-build=\"\(build)\" defer></script>".utf8)
        guard let head = html.range(of: Data("</head>".utf8)) else { return html + tag }
        var page = html
        page.insert(contentsOf: tag, at: head.lowerBound)
        return page
    }
}
