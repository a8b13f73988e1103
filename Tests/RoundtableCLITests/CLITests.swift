import Foundation
import Testing

/// The `roundtable` executable as a user runs it: exit codes, messages, --help.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixture = root.appendingPathComponent("Tests/RoundtableKitTests/Fixtures/sites/minimal/content")

    static var executable: URL {
        // The test bundle sits in the same build folder as the executable.
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("roundtable")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/roundtable")
    }

    /// The command line leaves its memory to the system at exit (`BuildOptions.freesMemory`),
    /// which LeakSanitizer would report when the suite runs with `--sanitize=address`; the
    /// library's own leaks are checked in-process, where builds free everything.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["ASAN_OPTIONS"] = [environment["ASAN_OPTIONS"], "detect_leaks=0"].compactMap { $0 }.joined(
            separator: ":")
        return environment
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func buildWritesTheSiteAndExitsZero() throws {
        let output = Self.temporaryDirectory().appendingPathComponent("out")
        let result = try Self.run([
            "build", "--source", Self.fixture.path, "--themes", Self.root.appendingPathComponent("themes").path,
            "--output", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("built 16 pages into \(output.path)/"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("topics/alpha/index.html").path))
    }

    @Test func checkWritesNothing() throws {
        let directory = Self.temporaryDirectory()
        try FileManager.default.copyItem(at: Self.fixture, to: directory.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("themes"), to: directory.appendingPathComponent("themes"))
        let result = try Self.run(["check"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout == "checked 16 pages: no problems\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["content", "themes"])
    }

    @Test func contentErrorsExitOneWithCompilerStyleDiagnostics() throws {
        let directory = Self.temporaryDirectory()
        try FileManager.default.copyItem(at: Self.fixture, to: directory.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("themes"), to: directory.appendingPathComponent("themes"))
        try "---\ntitle: Beta\nsumary: typo\ntags: [a]\n---\n".write(
            to: directory.appendingPathComponent("content/topics/beta.md"), atomically: true, encoding: .utf8)
        let result = try Self.run(["build"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/topics/beta.md:3:1: error: unknown key 'sumary' in topic front matter
                    sumary: typo
                    ^
                note: did you mean 'summary'?
                note: content/topics/beta.md has errors, so it was left out and the links, schedules and pair \
                files that name it were not checked: fix these and run again
                1 error

                """)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("output").path))
    }

    @Test(arguments: [
        ["build", "--frobnicate"], ["build", "--base-url", "example.org"], ["publish"], ["check", "--output", "x"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("Error:") || result.stderr.contains("error:"))
        #expect(!result.stderr.contains("Stack dump"))
    }

    @Test func missingContentFolderIsAClearError() throws {
        let result = try Self.run(["check", "--source", "/nonexistent/content"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: content folder '/nonexistent/content' does not exist\n1 error\n")
    }

    @Test(arguments: ["build", "check"])
    func helpDocumentsEveryOption(command: String) throws {
        let result = try Self.run([command, "--help"])
        #expect(result.status == 0)
        for option in ["--source", "--themes", "--static", "--base-url", "--drafts"] {
            #expect(result.stdout.contains(option), "\(command) --help lacks \(option)")
        }
        #expect(result.stdout.contains("--output") == (command == "build"))
    }

    @Test func rootHelpIsGolden() throws {
        let result = try Self.run(["--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Builds the static site of a peer-mentoring program that runs in
                rounds.

                Reads content/ (site.yaml, rounds/*.yaml, topics/*.md, process/*.md,
                pages/*.md), renders it through the theme in themes/<name>/ and writes a static
                site.
                Exit status: 0 on success, 1 when the content has errors, 2 for a usage error.

                Start here:
                  roundtable init my-program      a new site to edit
                  cd my-program
                  roundtable serve                preview it while you write
                  roundtable build                write the site into output/

                Colour: on a terminal, unless NO_COLOR is set. Completions: `roundtable
                completions --help`.

                USAGE: roundtable <subcommand>

                OPTIONS:
                  --version               Show the version.
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  init                    Start a new site: a folder with a round, two topic
                                          guides, a handbook chapter and a page.
                  new                     Write a new topic guide, round, handbook chapter or
                                          page with commented front matter.
                  build                   Build the site into the output folder.
                  check                   Do everything build does, but write nothing; exit 1
                                          on any error.
                  serve                   Preview the site: build it into memory, serve it, and
                                          rebuild and reload on every save.
                  import                  Turn a Jekyll site or an mdBook into handbook
                                          chapters and parts.
                  pairs                   Prepare pair files: anonymise a raw matching export,
                                          make a key, or write sample data.
                  theme                   Work with the theme.
                  completions             Print a script that completes roundtable's commands
                                          and options as you type.

                  See 'roundtable help <subcommand>' for detailed help.

                """)
    }
}
