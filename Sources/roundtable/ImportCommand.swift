import ArgumentParser
import Foundation
import RoundtableKit
import SiteImport

extension SiteImporter.Format: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Jekyll site or an mdBook into handbook chapters and parts.",
        discussion: """
            Chapters keep their order and sections (a sidebar's sections, an mdBook's parts), every old \
            address gets a redirect (`aliases`), old heading ids are kept (`anchors`), includes are \
            expanded, images are copied into images/ and links become links to the chapters' files. \
            Nothing is replaced: into a folder without site.yaml the import writes a new site, into a \
            content folder it adds parts after the chapters it has. Then `roundtable check` reports what \
            is left. docs/migration.md walks through it.

            Examples:
              roundtable import jekyll ../old-site --into content
              roundtable import mdbook ../handbook-book --into content
            """
    )

    @Argument(help: ArgumentHelp("What the sources were written for: jekyll or mdbook.", valueName: "format"))
    var format: SiteImporter.Format

    @Argument(help: ArgumentHelp("The Jekyll site's or the book's folder.", valueName: "source"))
    var source: String

    @Option(name: .long, help: ArgumentHelp("The content folder to write into.", valueName: "dir"))
    var into: String

    /// A new or empty folder, or a content folder: not a project's root, nor anything else.
    private func checkDestination() throws {
        let fileManager = FileManager.default
        let folder = URL(fileURLWithPath: into)
        guard !fileManager.fileExists(atPath: folder.appendingPathComponent("site.yaml").path) else { return }
        if fileManager.fileExists(atPath: folder.appendingPathComponent("content/site.yaml").path) {
            let content = (into as NSString).appendingPathComponent("content")
            throw CommandFailure(
                "\(into) holds a site whose content folder is \(content): did you mean --into \(content)?")
        }
        let entries = (try? fileManager.contentsOfDirectory(atPath: into)) ?? []
        guard entries.filter({ $0 != ".git" && $0 != ".DS_Store" }).isEmpty else {
            throw CommandFailure(
                "\(into) is neither empty nor a content folder (it has no site.yaml): import into a new folder, "
                    + "or into the content folder of a site")
        }
    }

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("\(source) is not a folder: give the \(format.rawValue) sources' folder")
        }
        if FileManager.default.fileExists(atPath: into, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CommandFailure("\(into) is a file, not a folder")
        }
        try checkDestination()
        let result = SiteImporter.plan(format, source: source, into: into)
        if !result.diagnostics.isEmpty { Terminal.problems(DiagnosticFormatter.format(result.diagnostics)) }
        guard !result.diagnostics.contains(where: { $0.severity == .error }) else {
            throw CommandFailure("nothing imported: the sources above must be fixed first")
        }
        let blocking: [String]
        do {
            blocking = try SiteImporter.write(result, into: into)
        } catch {
            throw CommandFailure("cannot write into \(into): \(error.localizedDescription)")
        }
        guard blocking.isEmpty else {
            throw CommandFailure(
                "nothing imported: \(into) already has "
                    + blocking.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
                    + (blocking.count > 5 ? " and \(blocking.count - 5) more" : "")
                    + "; import into a new folder, or move them away")
        }
        print(
            """
            imported \(result.chapters) chapter\(result.chapters == 1 ? "" : "s") in \(result.parts) part\
            \(result.parts == 1 ? "" : "s") into \(into)/, with \(result.aliases) old address\
            \(result.aliases == 1 ? "" : "es") kept as redirects. Next:
              roundtable check --source \(into)     what is left to fix
              roundtable serve --source \(into)     look at it
            """)
    }
}
