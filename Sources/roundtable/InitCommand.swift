import ArgumentParser
import Foundation
import IncrementalBuild
import RoundtableKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site: a folder with a round, two topic guides, a handbook chapter and a page.",
        discussion: """
            The site builds as it is, with the built-in theme. Then edit content/site.yaml and the files \
            beside it, and preview with `roundtable serve`.

            Examples:
              roundtable init my-program
              roundtable init my-program --title "Nurses Across Borders"
            """
    )

    @Argument(help: ArgumentHelp("The folder to create (it must be empty or not exist).", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: "The program's name, shown on every page.")
    var title = "Peer Mentoring Network"

    func run() throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CommandFailure("\(directory) is a file, not a folder") }
            let entries = (try? fileManager.contentsOfDirectory(atPath: directory)) ?? []
            guard entries.filter({ $0 != ".git" }).isEmpty else {
                throw CommandFailure(
                    "\(directory) is not empty: `roundtable init` starts a site in a new or empty folder only")
            }
        }
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        let files = StarterSite.files(title: title, year: year)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
            do {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw CommandFailure("cannot write \(url.path): \(error.localizedDescription)")
            }
        }
        print(
            """
            created a site in \(directory)/ (\(files.count) files). Next:
              cd \(directory)
              roundtable serve      preview it at http://127.0.0.1:8000/mentoring/
              roundtable build      write the site into output/
            """)
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new topic guide, round, handbook chapter or page with commented front matter.",
        discussion: """
            The name becomes the file name and the page's address: letters, digits, hyphens and underscores. \
            Topics, chapters and pages start as drafts (`roundtable serve --drafts` shows them); a chapter \
            takes the next free number.

            Examples:
              roundtable new topic library-spaces      → content/topics/library-spaces.md
              roundtable new round 2027B               → content/rounds/2027B.yaml
              roundtable new chapter matching          → content/process/02-matching.md
              roundtable new page contact              → content/pages/contact.md
            """
    )

    @Argument(help: ArgumentHelp("What to write: topic, round, chapter or page.", valueName: "kind"))
    var kind: NewContent.Kind

    @Argument(help: ArgumentHelp("The file's name, without its extension.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var source: String = "content"

    func run() throws {
        guard FileManager.default.fileExists(atPath: source + "/site.yaml") else {
            throw CommandFailure(
                "\(source)/site.yaml not found: run this in the folder that holds content/, or give --source")
        }
        let (path, text): (String, String)
        do {
            (path, text) = try NewContent.file(kind, name: name) { folder in
                (try? FileManager.default.contentsOfDirectory(atPath: source + "/" + folder)) ?? []
            }
        } catch let refusal as NewContent.Refusal {
            throw CommandFailure(refusal.description)
        }
        let target = source + "/" + path
        let url = URL(fileURLWithPath: target)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw CommandFailure("\(target) exists; choose another name, or edit that file")
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw CommandFailure("cannot write \(target): \(error.localizedDescription)")
        }
        print("wrote \(target)")
    }
}

extension NewContent.Kind: ExpressibleByArgument {}

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the theme.",
        subcommands: [ThemeEjectCommand.self]
    )
}

struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy the built-in theme into themes/default/, to change its templates, words or styles.",
        discussion: """
            Once themes/default/ exists the build uses it instead of the built-in theme. See docs/themes.md.

            Example:
              roundtable theme eject
            """
    )

    @Option(
        name: .long,
        help: ArgumentHelp("The folder that holds the themes (default: themes/ beside content/).", valueName: "dir"))
    var themes: String?

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var source: String = "content"

    func run() throws {
        let folder = themes ?? BuildOptions(contentDirectory: source).themesDirectory
        do {
            let target = try BuiltInTheme.eject(into: folder)
            print("wrote the built-in theme into \(target)/ (\(BuiltInTheme.contents.count) files)")
        } catch let refused as BuiltInTheme.EjectRefused {
            throw CommandFailure(refused.description)
        }
    }
}
