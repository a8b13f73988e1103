import ArgumentParser
import Foundation
import RoundtableKit

@main
struct Roundtable: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundtable",
        abstract: "Builds the static site of a peer-mentoring program that runs in rounds.",
        discussion: """
            Reads content/ (site.yaml, rounds/*.yaml, topics/*.md, process/*.md, pages/*.md), renders it \
            through the theme in themes/<name>/ and writes a static site.
            Exit status: 0 on success, 1 when the content has errors, 2 for a usage error.

            Start here:
              roundtable init my-program      a new site to edit
              cd my-program
              roundtable serve                preview it while you write
              roundtable build                write the site into output/

            Colour: on a terminal, unless NO_COLOR is set. Completions: `roundtable completions --help`.
            """,
        version: RoundtableVersion.current,
        subcommands: [
            InitCommand.self, NewCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self,
            ImportCommand.self, PairsCommand.self, ThemeCommand.self, CompletionsCommand.self,
        ]
    )

    /// Runs the command line, mapping argument errors to exit status 2 as documented.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            Terminal.problems("error: \(failure.message)")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// A command that was called correctly but cannot do what it was asked (a port in use, a
/// folder that is not empty, a file that exists): the reason alone, as `error: …` like every
/// other problem, without the usage text a wrongly called command gets, and exit status 2.
struct CommandFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
