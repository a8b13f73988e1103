import Foundation
import Hummingbird
import IncrementalBuild
import Logging
import RoundtableKit
import ServiceLifecycle

typealias PreviewBuildSite = PreviewBuild.Site

/// `roundtable serve`: builds the site into memory, serves it under its base URL's path, and
/// builds it again whenever content/, the theme or the static files change, telling open
/// pages to reload. A build with errors leaves the last good site served and shows the errors
/// on every open page and in the terminal.
public struct PreviewServer: Sendable {
    public struct Settings: Sendable {
        public var build: BuildOptions
        public var host: String
        public var port: Int
        /// Called once the server listens, with the address to open.
        public var listening: @Sendable (String) -> Void
        /// What to tell the volunteer: build summaries and problems.
        public var say: @Sendable (String, _ isProblem: Bool) -> Void

        public init(
            build: BuildOptions, host: String, port: Int, listening: @escaping @Sendable (String) -> Void,
            say: @escaping @Sendable (String, Bool) -> Void
        ) {
            self.build = build
            self.host = host
            self.port = port
            self.listening = listening
            self.say = say
        }
    }

    /// The port is taken; `suggestion` is a free one near it.
    public struct PortInUse: Error, CustomStringConvertible {
        public let host: String
        public let port: Int
        public let suggestion: Int?
        public var description: String {
            "\(host):\(port) is in use (another `roundtable serve`, or another server)"
                + (suggestion.map { "; try --port \($0)" } ?? "; try another --port")
        }
    }

    let settings: Settings

    public init(_ settings: Settings) {
        self.settings = settings
    }

    /// Runs until Ctrl-C (SIGINT) or SIGTERM. Throws `PortInUse` when the port is taken.
    public func run() async throws {
        if settings.port != 0, !PortProbe.isFree(host: settings.host, port: settings.port) {
            throw PortInUse(
                host: settings.host, port: settings.port,
                suggestion: PortProbe.firstFree(host: settings.host, after: settings.port))
        }
        let state = PreviewState()
        let live = LiveReload()
        let builder = Rebuilder(
            build: PreviewBuild(options: settings.build), state: state, live: live, say: settings.say)
        await builder.rebuild(first: true)

        let watched = [settings.build.contentDirectory, settings.build.themesDirectory, settings.build.staticDirectory]
        let changes = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let unbuilt = UnbuiltChanges()
        let watcher = FileWatcher(folders: watched, poll: { builder.inputsChanged() }) { paths in
            unbuilt.add(paths)
            changes.continuation.yield()
        }
        var logger = Logger(label: "roundtable-serve")
        logger.logLevel = .error
        let settings = settings
        let app = Application(
            responder: SiteResponder(state: state, live: live),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                let host = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
                settings.listening("http://\(host):\(port)\(state.site?.basePath ?? "/")")
            },
            logger: logger)
        let rebuilding = RebuildService(
            changes: changes.stream, unbuilt: unbuilt, builder: builder, watcher: watcher, live: live)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [.init(service: app), .init(service: rebuilding)],
                gracefulShutdownSignals: [.sigint, .sigterm], logger: logger))
        watcher.start()
        try await group.run()
    }
}

/// Builds again when told, one build at a time, and tells the pages and the terminal.
final class Rebuilder: @unchecked Sendable {
    private let build: PreviewBuild
    private let state: PreviewState
    private let live: LiveReload
    private let say: @Sendable (String, Bool) -> Void

    init(build: PreviewBuild, state: PreviewState, live: LiveReload, say: @escaping @Sendable (String, Bool) -> Void) {
        self.build = build
        self.state = state
        self.live = live
        self.say = say
    }

    func inputsChanged() -> Bool { build.inputsChanged() }

    /// `changed` as `PreviewBuild.run` takes it.
    func rebuild(first: Bool = false, changed: Set<String>? = nil) async {
        let started = ContinuousClock.now
        await build.run(changed: changed) { result in
            let elapsed = ContinuousClock.now - started
            report(
                result,
                milliseconds: elapsed.components.seconds * 1000
                    + elapsed.components.attoseconds / 1_000_000_000_000_000, first: first)
        }
    }

    private func report(_ result: PreviewBuild.Result, milliseconds: Int64, first: Bool) {
        let report = result.report
        let errors = report.diagnostics.filter { $0.severity == .error }
        if !report.diagnostics.isEmpty {
            var text = DiagnosticFormatter.format(report.diagnostics)
            if let unchecked = report.unchecked { text += "note: \(unchecked)\n" }
            say(text, true)
        }
        guard let site = result.site else {
            let kept = state.site == nil ? "nothing to serve yet" : "still serving the last good build"
            say("\(errors.count == 1 ? "1 error" : "\(errors.count) errors"): \(kept)", true)
            live.showProblems(errors, note: report.unchecked)
            return
        }
        state.replace(site)
        if first || report.writtenCount > 0 { live.published() } else { live.showProblems([], note: nil) }
        if first {
            say("built \(report.pageCount) pages in \(milliseconds) ms", false)
        } else if report.writtenCount == 0 {
            say("rebuilt in \(milliseconds) ms: no page changed", false)
        } else {
            let files = report.writtenCount == 1 ? "1 file" : "\(report.writtenCount) files"
            say("rebuilt in \(milliseconds) ms: \(files) changed, reloading open pages", false)
        }
    }
}

/// Takes the watcher's bursts of changes and builds for each; on Ctrl-C, stops the watcher and
/// ends the event streams, so that the server's own shutdown does not wait on open pages.
struct RebuildService: Service {
    let changes: AsyncStream<Void>
    let unbuilt: UnbuiltChanges
    let builder: Rebuilder
    let watcher: FileWatcher
    let live: LiveReload

    func run() async throws {
        await withGracefulShutdownHandler {
            for await _ in changes.cancelOnGracefulShutdown() {
                await builder.rebuild(changed: unbuilt.take())
            }
        } onGracefulShutdown: {
            watcher.stop()
            live.closeAll()
        }
    }
}

/// The files changed since the last build began: bursts that arrive while a build runs are
/// built together by the next one. Nil when some burst could not say which files it touched.
final class UnbuiltChanges: @unchecked Sendable {
    private let lock = NSLock()
    // Nil at first: what changed while the first build ran, before the watcher started, is unknown.
    private var paths: Set<String>? = nil

    func add(_ burst: Set<String>?) {
        lock.withLock {
            if let burst, paths != nil { paths!.formUnion(burst) } else { paths = nil }
        }
    }

    func take() -> Set<String>? {
        lock.withLock {
            defer { paths = [] }
            return paths
        }
    }
}
