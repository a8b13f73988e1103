import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// Where a build may write, what it keeps, and that nothing it reads can lead it outside.
@Suite struct OutputSafetyTests {
    static func project() throws -> URL {
        let root = TestSupport.temporaryDirectory()
        try FileManager.default.copyItem(at: TestSupport.minimalContent, to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: TestSupport.defaultTheme, to: root.appendingPathComponent("themes"))
        return root
    }

    static func build(_ root: URL, output: URL? = nil) async -> BuildReport {
        await Build.run(
            BuildOptions(
                contentDirectory: root.appendingPathComponent("content").path,
                outputDirectory: (output ?? root.appendingPathComponent("output")).path))
    }

    @Test func staticFilesAreCopiedAndMayNotReplaceAPage() async throws {
        let root = try Self.project()
        let staticFolder = root.appendingPathComponent("static")
        try FileManager.default.createDirectory(
            at: staticFolder.appendingPathComponent(".well-known"), withIntermediateDirectories: true)
        try "rounds.example.org\n".write(
            to: staticFolder.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 255]).write(to: staticFolder.appendingPathComponent("favicon.ico"))
        try "contact: mailto:x@example.org\n".write(
            to: staticFolder.appendingPathComponent(".well-known/security.txt"), atomically: true, encoding: .utf8)
        #expect(await Self.build(root).succeeded)
        let output = root.appendingPathComponent("output")
        #expect(
            try String(contentsOf: output.appendingPathComponent("CNAME"), encoding: .utf8) == "rounds.example.org\n")
        #expect(try Data(contentsOf: output.appendingPathComponent("favicon.ico")) == Data([0, 1, 2, 255]))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".well-known/security.txt").path))

        try FileManager.default.createDirectory(
            at: staticFolder.appendingPathComponent("topics/alpha"), withIntermediateDirectories: true)
        try "mine".write(
            to: staticFolder.appendingPathComponent("topics/alpha/index.html"), atomically: true, encoding: .utf8)
        let report = await Self.build(root)
        #expect(
            report.diagnostics.map(\.message) == [
                "static file 'topics/alpha/index.html' would replace a file Roundtable generates; rename or remove it"
            ])
        #expect(
            report.diagnostics.first?.location
                == SourceLocation(file: staticFolder.path + "/topics/alpha/index.html", line: 1))
        #expect(
            try String(contentsOf: output.appendingPathComponent("CNAME"), encoding: .utf8) == "rounds.example.org\n",
            "the failed build left the site alone")
    }

    @Test func aFileAddedToOutputByHandIsNeverSilentlyDeleted() async throws {
        let root = try Self.project()
        let output = root.appendingPathComponent("output")
        #expect(await Self.build(root).succeeded)
        try "rounds.example.org\n".write(to: output.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)
        try Data([1]).write(to: output.appendingPathComponent("topics/alpha/extra.bin"))
        let beta = root.appendingPathComponent("content/topics/beta.md")
        try (try String(contentsOf: beta, encoding: .utf8) + "\nAn edit, so that the build has work to do.\n").write(
            to: beta, atomically: true, encoding: .utf8)
        let report = await Self.build(root)
        #expect(
            DiagnosticFormatter.format(report.diagnostics)
                == "error: refusing to replace '\(output.path)': it holds files Roundtable did not create (CNAME, "
                + "topics/alpha/extra.bin); move them into the static folder, which every build copies, or delete "
                + "them\n"
        )
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("CNAME").path))
        // Moved into static/, the file is the site's own and every build keeps it.
        try FileManager.default.removeItem(at: output.appendingPathComponent("topics/alpha/extra.bin"))
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("static"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: output.appendingPathComponent("CNAME"), to: root.appendingPathComponent("static/CNAME"))
        #expect(await Self.build(root).succeeded)
        #expect(
            try String(contentsOf: output.appendingPathComponent("CNAME"), encoding: .utf8) == "rounds.example.org\n")
    }

    @Test(arguments: ["project root", "parent of content", "home", "root", "themes", "content/topics"])
    func anUnsafeOutputFolderIsRefused(kind: String) async throws {
        let root = try Self.project()
        let output: String
        switch kind {
        case "project root": output = root.path
        case "parent of content": output = root.deletingLastPathComponent().path
        case "home": output = FileManager.default.homeDirectoryForCurrentUser.path
        case "root": output = "/"
        case "themes": output = root.appendingPathComponent("themes").path
        default: output = root.appendingPathComponent("content/topics").path
        }
        let before = FileSystem.disk.listFiles(root.path)
        let report = await Self.build(root, output: URL(fileURLWithPath: output))
        #expect(!report.succeeded)
        #expect(report.diagnostics.first?.message.hasPrefix("refusing to") == true, "\(report.diagnostics)")
        #expect(FileSystem.disk.listFiles(root.path) == before)
    }

    @Test(arguments: [
        "content/topics/passwd.md", "themes/default/assets/secret.css", "static/secret.txt", "content/pairs/2016A.csv",
    ])
    func aSymbolicLinkLeadingOutsideIsRefused(path: String) async throws {
        let root = try Self.project()
        let outside = TestSupport.temporaryDirectory().appendingPathComponent("outside.txt")
        try "---\ntitle: secret\nsummary: s\n---\nsecret\n".write(to: outside, atomically: true, encoding: .utf8)
        let link = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let report = await Self.build(root)
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.contains {
                $0.message.hasPrefix("refusing a symbolic link that leads outside")
                    && $0.message.contains(outside.lastPathComponent)
            })
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }

    /// Files of a folder whose real path is inside content/ are not resolved one by one, so a
    /// linked folder and a file that becomes a link after a build must still be caught.
    @Test func aLinkedFolderOrAFileThatBecameALinkIsRefused() async throws {
        let outside = TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "---\ntitle: secret\nsummary: s\n---\nsecret\n".write(
            to: outside.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)

        let linkedFolder = try Self.project()
        let topics = linkedFolder.appendingPathComponent("content/topics")
        try FileManager.default.removeItem(at: topics)
        try FileManager.default.createSymbolicLink(at: topics, withDestinationURL: outside)
        let folderReport = await Self.build(linkedFolder)
        #expect(
            folderReport.diagnostics.contains {
                $0.message.hasPrefix("refusing a symbolic link that leads outside")
                    && $0.location?.file.hasSuffix("content/topics/secret.md") == true
                    && $0.location?.line == 1
            }, "\(folderReport.diagnostics)")

        let rebuilt = try Self.project()
        #expect(await Self.build(rebuilt).succeeded)
        let topic = try #require(
            FileManager.default.contentsOfDirectory(atPath: rebuilt.appendingPathComponent("content/topics").path).first
        )
        let file = rebuilt.appendingPathComponent("content/topics/\(topic)")
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(
            at: file, withDestinationURL: outside.appendingPathComponent("secret.md"))
        let fileReport = await Self.build(rebuilt)
        #expect(
            fileReport.diagnostics.contains {
                $0.message.hasPrefix("refusing a symbolic link that leads outside")
                    && $0.location?.file.hasSuffix("content/topics/\(topic)") == true
                    && $0.location?.line == 1
            }, "\(fileReport.diagnostics)")
    }

    @Test func aSymbolicLinkInsideTheContentFolderIsFollowed() async throws {
        let root = try Self.project()
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("content/pages/about-us.md"),
            withDestinationURL: root.appendingPathComponent("content/pages/about.md"))
        #expect(await Self.build(root).succeeded)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/about-us/index.html").path))
    }

    /// File names become URLs and folders: none may climb out of output/, however it is spelt.
    /// Names that start with a dot are hidden files, which are not read at all.
    @Test(arguments: ["..%2Fescape", "%2e%2e", "．．", "a／b", "..", "con∕sole", "a\\b", "~root", "%2F%2Fhost"])
    func aPathLikeNameCannotBecomeAURL(name: String) async throws {
        var files = TestSupport.minimalSite()
        files["content/pages/\(name).md"] = "---\ntitle: Escape\nsummary: Tries to leave.\n---\nHi.\n"
        let report = await TestSupport.check(files)
        if name.hasPrefix(".") {
            let without = await TestSupport.check(TestSupport.minimalSite())
            #expect(report.succeeded && report.files.count == without.files.count, "a hidden file is ignored")
        } else {
            #expect(!report.succeeded)
            #expect(
                report.diagnostics.contains { $0.message.contains("cannot be used in a URL") },
                "\(report.diagnostics.map(\.message))")
        }
        #expect(
            report.files.allSatisfy { !$0.path.contains("..") && !$0.path.hasPrefix("/") && !$0.path.contains("%") })
    }

    @Test func aRoundIDThatLooksLikeAPathIsRefused() async throws {
        var files = TestSupport.minimalSite()
        files["content/rounds/%2e%2e%2F2017.yaml"] =
            "id: '%2e%2e%2F2017'\nname: R\nstatus: closed\napplications: {open: unknown, close: unknown}\nstart: "
            + "unknown\nend: unknown\nparticipants: unknown\ncountries: unknown\nsummary: x\n"
        let report = await TestSupport.check(files)
        #expect(report.diagnostics.contains { $0.message.contains("round id '%2e%2e%2F2017' cannot be used in a URL") })
    }

    @Test func twoBuildsInDifferentFoldersAtDifferentTimesAreByteIdentical() async throws {
        let first = try Self.project()
        let second = try Self.project()
        #expect(await Self.build(first).succeeded)
        try await Task.sleep(for: .milliseconds(1100))
        #expect(await Self.build(second).succeeded)
        let a = IncrementalBuildTests.Project.tree(first.appendingPathComponent("output"))
        let b = IncrementalBuildTests.Project.tree(second.appendingPathComponent("output"))
        #expect(a.count > 10 && a == b)
    }

    @Test func theDemoSiteBuildsTheSameTwice() async throws {
        let one = TestSupport.temporaryDirectory().appendingPathComponent("one")
        let two = TestSupport.temporaryDirectory().appendingPathComponent("two")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: one).succeeded)
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: two).succeeded)
        #expect(IncrementalBuildTests.Project.tree(one) == IncrementalBuildTests.Project.tree(two))
    }
}
