import ArgumentParser
import Foundation
import IncrementalBuild
import RoundtableServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it into memory, serve it, and rebuild and reload on every save.",
        discussion: """
            The site is served under the path of its base_url, as it will be published: a site at \
            https://example.org/iln/ is previewed at http://127.0.0.1:8000/iln/. Open pages reload when \
            content/, the theme or static/ change. While a save has errors, the last good build is served and \
            the errors are shown on every open page and here. Nothing is written to disk. Ctrl-C stops.

            Examples:
              roundtable serve
              roundtable serve --port 8080 --open
              roundtable serve --drafts --host 0.0.0.0   (reachable from other devices on the network)
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The port to listen on (0 for any free one).")
    var port: Int = 8000

    @Option(name: .long, help: "The address to listen on; 0.0.0.0 makes the preview reachable from other devices.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Open the preview in the web browser.")
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        var options = BuildOptions(
            contentDirectory: site.source, themesDirectory: site.themes, outputDirectory: nil,
            baseURL: site.baseURL, includeDrafts: site.drafts, staticDirectory: site.staticFolder)
        options.strict = site.strict
        options.datesFromGit = site.datesFromGit
        let open = open
        let quiet = site.quiet
        let settings = PreviewServer.Settings(
            build: options, host: host, port: port,
            listening: { address in
                Terminal.say("serving \(address) (Ctrl-C to stop)")
                if open { Browser.open(address) }
            },
            say: { text, isProblem in
                if isProblem { Terminal.problems(text) } else if !quiet { Terminal.say(text) }
            })
        do {
            try await PreviewServer(settings).run()
        } catch let error as PreviewServer.PortInUse {
            throw CommandFailure(error.description)
        }
    }
}

/// Opens an address in the volunteer's browser, where the system says how.
enum Browser {
    static func open(_ address: String) {
        #if os(macOS)
            let command = "/usr/bin/open"
        #else
            let command = "/usr/bin/xdg-open"
        #endif
        guard FileManager.default.isExecutableFile(atPath: command) else {
            Terminal.say("cannot open a browser here (no \(command)): open \(address) yourself")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = [address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
