import Foundation
import Testing

/// `init`, `new`, `theme eject` and `completions`, and how the command line prints problems.
@Suite struct StarterCommandTests {
    @Test func initMakesASiteThatBuildsWithNoDiagnosticsAndRefusesAFolderInUse() throws {
        let parent = CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let made = try CLITests.run(["init", "program", "--title", "Nurses Across Borders"], in: parent)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("created a site in program/ (7 files). Next:\n  cd program\n"))
        let project = parent.appendingPathComponent("program")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("themes").path))

        let built = try CLITests.run(["build"], in: project)
        #expect(built.status == 0)
        #expect(built.stderr.isEmpty, "no diagnostics: \(built.stderr)")
        #expect(built.stdout.hasPrefix("built "))
        let home = try String(contentsOf: project.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(home.contains("Nurses Across Borders"))

        let again = try CLITests.run(["init", "program"], in: parent)
        #expect(again.status == 2)
        #expect(
            again.stderr.contains(
                "program is not empty: `roundtable init` starts a site in a new or empty folder only"))
    }

    @Test func newWritesCommentedFilesAndNeverOverwrites() throws {
        let parent = CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(try CLITests.run(["init", "site"], in: parent).status == 0)
        let project = parent.appendingPathComponent("site")
        let chapter = try CLITests.run(["new", "chapter", "matching"], in: project)
        #expect(chapter.stdout == "wrote content/process/02-matching.md\n", "\(chapter.stderr)")
        let round = try CLITests.run(["new", "round", "2028A"], in: project)
        #expect(round.stdout == "wrote content/rounds/2028A.yaml\n")
        let text = try String(contentsOf: project.appendingPathComponent("content/rounds/2028A.yaml"), encoding: .utf8)
        #expect(text.contains("start: unknown\n") && text.contains("# upcoming, recruiting"))
        #expect(try CLITests.run(["new", "topic", "spaces"], in: project).status == 0)
        #expect(try CLITests.run(["new", "page", "contact"], in: project).status == 0)
        let check = try CLITests.run(["check", "--drafts"], in: project)
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")

        let twice = try CLITests.run(["new", "topic", "spaces"], in: project)
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("content/topics/spaces.md exists; choose another name, or edit that file"))
        let badName = try CLITests.run(["new", "topic", "Library Spaces"], in: project)
        #expect(badName.stderr.contains("such as 'library-spaces'"))
        let badKind = try CLITests.run(["new", "guide", "x"], in: project)
        #expect(badKind.status == 2)
        let nowhere = try CLITests.run(["new", "topic", "x"], in: parent)
        #expect(nowhere.stderr.contains("content/site.yaml not found"))
    }

    @Test func themeEjectWritesTheBuiltInThemeWhichTheBuildThenUses() throws {
        let parent = CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(try CLITests.run(["init", "site"], in: parent).status == 0)
        let project = parent.appendingPathComponent("site")
        let ejected = try CLITests.run(["theme", "eject"], in: project)
        #expect(ejected.stdout.hasPrefix("wrote the built-in theme into themes/default/ ("), "\(ejected.stderr)")
        let css = project.appendingPathComponent("themes/default/assets/style.css")
        try "body { color: teal; }\n".write(to: css, atomically: true, encoding: .utf8)
        #expect(try CLITests.run(["build"], in: project).status == 0)
        #expect(
            try String(contentsOf: project.appendingPathComponent("output/assets/style.css"), encoding: .utf8)
                == "body { color: teal; }\n")
        let again = try CLITests.run(["theme", "eject"], in: project)
        #expect(again.status == 2)
        #expect(again.stderr.contains("themes/default exists"))
    }

    @Test func completionsArePrintedForEachShell() throws {
        let bash = try CLITests.run(["completions", "bash"])
        #expect(bash.status == 0 && bash.stdout.contains("complete") && bash.stdout.contains("serve"))
        #expect(try CLITests.run(["completions", "fish"]).stdout.contains("roundtable"))
        #expect(try CLITests.run(["completions", "tcsh"]).status == 2)
    }

    @Test func helpShowsExamples() throws {
        for command in ["build", "serve", "init", "new", "check"] {
            let help = try CLITests.run([command, "--help"])
            #expect(help.stdout.contains("Example"), "\(command)")
        }
    }

    /// Colour only on a terminal, and never with NO_COLOR: `script` gives the command a terminal.
    @Test func problemsAreColouredOnATerminalOnly() throws {
        guard let script = ["/usr/bin/script", "/bin/script"].first(where: FileManager.default.isExecutableFile)
        else { return }
        let parent = CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(try CLITests.run(["init", "site"], in: parent).status == 0)
        let topic = parent.appendingPathComponent("site/content/topics/getting-to-know-you.md")
        try "---\ntitle: [x\n---\n".write(to: topic, atomically: true, encoding: .utf8)
        let command = "\(CLITests.executable.path) check --source \(parent.path)/site/content"
        let onTerminal = try TerminalRun.run(script, ["-qec", command, "/dev/null"], environment: ["TERM": "xterm"])
        #expect(onTerminal.contains("\u{1B}[1;31merror:\u{1B}[0m"), "\(onTerminal)")
        let noColour = try TerminalRun.run(
            script, ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1", "TERM": "xterm"])
        #expect(noColour.contains("error:") && !noColour.contains("\u{1B}["))
        let piped = try CLITests.run(["check", "--source", "\(parent.path)/site/content"])
        #expect(piped.stderr.contains("error:") && !piped.stderr.contains("\u{1B}["))
    }
}

enum TerminalRun {
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = CLITests.environment.merging(environment) { _, new in new }.filter {
            environment["NO_COLOR"] != nil || $0.key != "NO_COLOR"
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
