import Foundation
import Testing

/// `roundtable serve` end to end: a real server on a free port, requests over a socket, edits
/// on disk, and the events an open page receives.
@Suite(.serialized) struct ServeTests {
    @Test func servesTheSiteUnderItsBasePathAsAStaticHostWould() throws {
        let served = try ServedSite.start()
        defer { served.stop() }
        let probe = HTTPProbe(port: served.port)
        #expect(served.address == "http://127.0.0.1:\(served.port)/network/")

        let root = try probe.get("/")
        #expect(root.status == 302)
        #expect(root.headers["location"] == "/network/")
        #expect(try probe.get("/network").headers["location"] == "/network/")

        let home = try probe.get("/network/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("<title>Minimal Network</title>"))
        #expect(home.text.contains(#"<script src="/__roundtable/live.js" data-build=""#))

        let folder = try probe.get("/network/topics")
        #expect(folder.status == 302)
        #expect(folder.headers["location"] == "/network/topics/")
        #expect(try probe.get("/network/topics/alpha/").text.contains("<h1>Alpha &amp; Omega</h1>"))

        let css = try probe.get("/network/assets/style.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!css.text.contains("__roundtable"))
        #expect(try probe.get("/network/sitemap.xml").headers["content-type"] == "application/xml")

        let missing = try probe.get("/network/no-such-page/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("/network/assets/style.css"), "the site's own 404 page, its links absolute")
        #expect(try probe.get("/elsewhere/").status == 404)

        let head = try probe.get("/network/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(try probe.get("/network/", method: "POST").status == 405)

        let script = try probe.get("/__roundtable/live.js")
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.text.contains("new EventSource"))
    }

    @Test func nothingOutsideTheBuiltSiteCanBeRead() throws {
        let served = try ServedSite.start()
        defer { served.stop() }
        let probe = HTTPProbe(port: served.port)
        for path in [
            "/network/../../etc/passwd", "/network/%2e%2e/%2e%2e/etc/passwd",
            "/network/topics%2f..%2f..%2fetc%2fpasswd",
            "/network/..%5c..%5cetc%5cpasswd", "/network/%252e%252e/etc/passwd", "//etc/passwd", "/etc/passwd",
            "/network//etc/passwd", "/network/%00", "/network/%zz", "/network/./index.html",
        ] {
            let reply = try probe.get(path)
            #expect([400, 404].contains(reply.status), "\(path): \(reply.status)")
            #expect(!reply.text.contains("root:"), "\(path)")
        }

        // A symbolic link in static/ to a file outside the project: the build refuses it, and
        // the last good site, without it, is still served.
        let events = try probe.events()
        defer { events.stop() }
        #expect(events.waitFor("event: build"))
        let outside = served.project.deletingLastPathComponent().appendingPathComponent("secret-\(UUID()).txt")
        try Data("the secret".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let staticFolder = served.project.appendingPathComponent("static")
        try FileManager.default.createDirectory(at: staticFolder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: staticFolder.appendingPathComponent("secret.txt"), withDestinationURL: outside)
        #expect(events.waitFor("symbolic link"), "\(events.text)")
        let secret = try probe.get("/network/secret.txt")
        #expect(secret.status == 404)
        #expect(!secret.text.contains("the secret"))
    }

    @Test func aFirstBuildWithErrorsServesAPageThatShowsThemAndReloadsWhenFixed() throws {
        let served = try ServedSite.start { project in
            let alpha = project.appendingPathComponent("content/topics/alpha.md")
            try String(contentsOf: alpha, encoding: .utf8).replacingOccurrences(of: "title: Alpha", with: "title: [A")
                .write(to: alpha, atomically: true, encoding: .utf8)
        }
        defer { served.stop() }
        let probe = HTTPProbe(port: served.port)
        let waiting = try probe.get("/network/")
        #expect(waiting.status == 503)
        #expect(waiting.text.contains(#"<script src="/__roundtable/live.js""#))
        let events = try probe.events()
        defer { events.stop() }
        #expect(events.waitFor(#""location":"content/topics/alpha.md:3:8""#))
        let alpha = served.project.appendingPathComponent("content/topics/alpha.md")
        try String(contentsOf: CLITests.fixture.appendingPathComponent("topics/alpha.md"), encoding: .utf8).write(
            to: alpha, atomically: true, encoding: .utf8)
        #expect(events.waitFor("event: build", count: 2))
        #expect(try probe.get("/network/").status == 200)
    }

    @Test func anEditReloadsOpenPagesAndABrokenEditShowsItsErrorsUntilFixed() throws {
        let served = try ServedSite.start()
        defer { served.stop() }
        let probe = HTTPProbe(port: served.port)
        let events = try probe.events()
        defer { events.stop() }
        #expect(events.waitFor("event: build"))
        #expect(events.waitFor(#"data: {"problems":[]}"#))
        let alpha = served.project.appendingPathComponent("content/topics/alpha.md")
        let original = try String(contentsOf: alpha, encoding: .utf8)

        try (original + "\nA sentence added while serving.\n").write(to: alpha, atomically: false, encoding: .utf8)
        #expect(events.waitFor("event: build", count: 2))
        #expect(try probe.get("/network/topics/alpha/").text.contains("A sentence added while serving."))

        // Saved the way many editors save: a new file, renamed over the old one.
        try original.replacingOccurrences(of: "title: Alpha &", with: "title: [Alpha &").write(
            to: alpha, atomically: true, encoding: .utf8)
        #expect(events.waitFor(#""location":"content/topics/alpha.md:3:8""#))
        #expect(events.text.contains(#""line":"summary: The first topic of every round"#))
        #expect(served.problems.contains("content/topics/alpha.md:3:8: error: malformed YAML"))
        let kept = try probe.get("/network/topics/alpha/")
        #expect(kept.status == 200 && kept.text.contains("A sentence added while serving."), "the last good build")

        try original.write(to: alpha, atomically: true, encoding: .utf8)
        #expect(events.waitFor("event: build", count: 3))
        #expect(events.waitFor(#"data: {"problems":[]}"#, count: 3), "the overlay is cleared")
        #expect(!(try probe.get("/network/topics/alpha/").text.contains("A sentence added while serving.")))
    }

    @Test func newAndDeletedFilesBurstsOfSavesAndThemeChanges() throws {
        let served = try ServedSite.start()
        defer { served.stop() }
        let probe = HTTPProbe(port: served.port)
        let events = try probe.events()
        defer { events.stop() }
        #expect(events.waitFor("event: build"))

        let gamma = served.project.appendingPathComponent("content/topics/gamma.md")
        for version in 1...20 {
            try "---\ntitle: Gamma \(version)\nsummary: A new guide.\ntags: []\n---\nBody.\n".write(
                to: gamma, atomically: version % 2 == 0, encoding: .utf8)
        }
        #expect(events.waitFor("event: build", count: 2))
        #expect(waitUntil { (try? probe.get("/network/topics/gamma/").text.contains("Gamma 20")) == true })

        try FileManager.default.removeItem(at: gamma)
        #expect(waitUntil { (try? probe.get("/network/topics/gamma/").status) == 404 })
        // After the first burst the watcher names the files it saw change, and only those are
        // looked at again: a file added then must still be found.
        let delta = served.project.appendingPathComponent("content/topics/delta.md")
        try "---\ntitle: Delta\nsummary: Another.\ntags: []\n---\nBody.\n".write(
            to: delta, atomically: true, encoding: .utf8)
        #expect(waitUntil { (try? probe.get("/network/topics/delta/").text.contains("Delta")) == true })
        #expect(waitUntil { (try? probe.get("/network/topics/").text.contains("Delta")) == true })

        let stylesheet = served.project.appendingPathComponent("themes/default/assets/style.css")
        let css = try String(contentsOf: stylesheet, encoding: .utf8)
        try (css + "\n.served-test { color: red; }\n").write(to: stylesheet, atomically: true, encoding: .utf8)
        #expect(waitUntil { (try? probe.get("/network/assets/style.css").text.contains(".served-test")) == true })

        // A new folder, then a file in it: the watcher follows folders as they appear.
        let images = served.project.appendingPathComponent("content/images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try Data("<svg xmlns='http://www.w3.org/2000/svg'/>".utf8).write(to: images.appendingPathComponent("a.svg"))
        let linking = served.project.appendingPathComponent("content/topics/beta.md")
        try (String(contentsOf: linking, encoding: .utf8) + "\n![A](../images/a.svg)\n").write(
            to: linking, atomically: true, encoding: .utf8)
        #expect(waitUntil { (try? probe.get("/network/images/a.svg").headers["content-type"]) == "image/svg+xml" })
    }

    @Test func answersTwoHundredConcurrentRequests() throws {
        let served = try ServedSite.start()
        defer { served.stop() }
        let probe = HTTPProbe(port: served.port)
        let expected = try probe.get("/network/topics/alpha/").body
        let paths = (0..<200).map { $0 % 2 == 0 ? "/network/topics/alpha/" : "/network/assets/style.css" }
        let css = try probe.get("/network/assets/style.css").body
        let results = Locked([Bool](repeating: false, count: paths.count))
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let reply = try? probe.get(paths[index])
            let good = reply?.status == 200 && reply?.body == (index % 2 == 0 ? expected : css)
            results.update { $0[index] = good }
        }
        #expect(results.value.allSatisfy { $0 })
    }

    @Test func aPortInUseIsAClearMessageWithASuggestion() throws {
        let served = try ServedSite.start()
        defer { served.stop() }
        let result = try CLITests.run(
            ["serve", "--port", String(served.port), "--source", served.project.appendingPathComponent("content").path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: 127.0.0.1:\(served.port) is in use"), "\(result.stderr)")
        #expect(result.stderr.contains("try --port "))
        // Called correctly: the reason alone, without the usage text of a wrongly called command.
        #expect(!result.stderr.contains("Usage"), "\(result.stderr)")
    }

    private func waitUntil(seconds: Double = 20, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}

final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}

/// A copy of the minimal fixture site served by `roundtable serve --port 0`.
final class ServedSite: @unchecked Sendable {
    let project: URL
    let port: Int
    let address: String
    private let process: Process
    private let output: Locked<String>
    private let errors: Locked<String>

    var problems: String { errors.value }

    private init(
        project: URL, port: Int, address: String, process: Process, output: Locked<String>, errors: Locked<String>
    ) {
        self.project = project
        self.port = port
        self.address = address
        self.process = process
        self.output = output
        self.errors = errors
    }

    static func start(preparing prepare: (URL) throws -> Void = { _ in }) throws -> ServedSite {
        let project = CLITests.temporaryDirectory()
        try FileManager.default.copyItem(at: CLITests.fixture, to: project.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: CLITests.root.appendingPathComponent("themes"), to: project.appendingPathComponent("themes"))
        try prepare(project)
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = project
        process.environment = CLITests.environment
        let output = Locked("")
        let errors = Locked("")
        for (pipe, text) in [(Pipe(), output), (Pipe(), errors)] {
            if text === output { process.standardOutput = pipe } else { process.standardError = pipe }
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let data = handle.availableData
                text.update { $0 += String(decoding: data, as: UTF8.self) }
            }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            if let line = output.value.split(separator: "\n").first(where: { $0.hasPrefix("serving ") }),
                let address = line.split(separator: " ").dropFirst().first,
                let port = URL(string: String(address))?.port
            {
                return ServedSite(
                    project: project, port: port, address: String(address), process: process, output: output,
                    errors: errors)
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.terminate()
        throw HTTPProbe.ProbeError("serve did not start: \(output.value) \(errors.value)")
    }

    /// Ctrl-C, as a volunteer stops it: the server must exit promptly and cleanly.
    func stop() {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(!process.isRunning, "serve did not stop on Ctrl-C")
        if process.isRunning { process.terminate() } else { #expect(process.terminationStatus == 0) }
        try? FileManager.default.removeItem(at: project)
    }
}
