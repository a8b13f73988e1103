import Foundation
import IncrementalBuild
import RoundtableKit
import Testing

/// `roundtable init`'s site, `roundtable new`'s files and the built-in theme they rely on.
@Suite struct StarterSiteTests {
    static func starter(title: String = "Peer Mentoring Network") -> [String: String] {
        StarterSite.files(title: title, year: 2027).filter { $0.key.hasPrefix("content/") }
    }

    @Test func theStarterSiteBuildsWithTheBuiltInThemeAndNoDiagnostics() async {
        let report = await TestSupport.check(Self.starter())
        #expect(report.diagnostics.isEmpty, "\(DiagnosticFormatter.format(report.diagnostics))")
        let paths = Set(report.files.map(\.path))
        for page in [
            "index.html", "rounds/2027A/index.html", "topics/getting-to-know-you/index.html",
            "topics/working-across-time-zones/index.html", "process/how-a-round-works/index.html", "about/index.html",
            "assets/style.css", "404.html",
        ] {
            #expect(paths.contains(page), "\(page)")
        }
        let round = report.files.first { $0.path == "rounds/2027A/index.html" }.map {
            String(decoding: $0.bytes, as: UTF8.self)
        }
        #expect(round?.contains("Getting to know you") == true, "the schedule lists the first guide")
    }

    @Test func theStarterSiteSaysNothingOfAnyRealProgram() {
        for (path, text) in StarterSite.files(title: "Peer Mentoring Network", year: 2027) {
            for word in ["ILN", "International Librarians", "librarian", "Librarian"] {
                #expect(!text.contains(word), "\(path) mentions \(word)")
            }
        }
    }

    @Test func aTitleThatYAMLWouldMisreadIsQuoted() async {
        let title = #"Nurses: "Across" Borders #1"#
        let report = await TestSupport.check(Self.starter(title: title))
        #expect(report.diagnostics.isEmpty, "\(DiagnosticFormatter.format(report.diagnostics))")
        let home = report.files.first { $0.path == "index.html" }.map { String(decoding: $0.bytes, as: UTF8.self) }
        #expect(home?.contains("Nurses: &quot;Across&quot; Borders #1") == true)
    }

    @Test func newFilesOfEveryKindBuildCleanlyAsDraftsAndOnceTheyAreNot() async throws {
        var files = Self.starter()
        let existing = { (folder: String) in
            files.keys.filter { $0.hasPrefix("content/\(folder)/") }.map { String($0.split(separator: "/").last!) }
        }
        var written: [String] = []
        for kind in NewContent.Kind.allCases {
            let (path, text) = try NewContent.file(kind, name: "library-spaces", existing: existing)
            files["content/" + path] = text
            written.append(path)
        }
        #expect(
            written == [
                "topics/library-spaces.md", "rounds/library-spaces.yaml", "process/02-library-spaces.md",
                "pages/library-spaces.md",
            ])
        #expect(files["content/topics/library-spaces.md"]?.contains("title: Library spaces\n") == true)
        for drafts in [false, true] {
            let report = await TestSupport.check(files, drafts: drafts)
            #expect(report.diagnostics.isEmpty, "\(DiagnosticFormatter.format(report.diagnostics))")
            #expect(report.files.contains { $0.path == "topics/library-spaces/index.html" } == drafts)
            #expect(report.files.contains { $0.path == "rounds/library-spaces/index.html" })
        }
    }

    @Test func aNameThatCannotBeAnAddressIsRefusedWithASlug() {
        #expect(throws: NewContent.Refusal.self) { try NewContent.file(.topic, name: "Library Spaces!") { _ in [] } }
        do {
            _ = try NewContent.file(.topic, name: "Library Spaces!") { _ in [] }
        } catch {
            #expect(
                "\(error)"
                    == "'Library Spaces!' cannot be a file name: it becomes the page's address, so use letters, "
                    + "digits, hyphens and underscores only, such as 'library-spaces'")
        }
    }

    @Test func theBuiltInThemeIsThemesDefaultAsCommitted() {
        let onDisk = FileSystem.disk.listFiles(TestSupport.defaultTheme.appendingPathComponent("default").path)
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(
            Set(BuiltInTheme.contents.keys) == Set(onDisk),
            "themes/default/ changed: run scripts/embed-theme")
        for path in onDisk {
            let bytes = FileManager.default.contents(
                atPath: TestSupport.defaultTheme.appendingPathComponent("default/" + path).path)
            #expect(BuiltInTheme.contents[path] == bytes, "\(path) differs: run scripts/embed-theme")
        }
    }

    @Test func aThemesFolderOfTheSiteWinsOverTheBuiltInTheme() async {
        var files = Self.starter()
        for (path, data) in BuiltInTheme.contents {
            files["themes/default/" + path] = String(decoding: data, as: UTF8.self)
        }
        files["themes/default/assets/style.css"] = "body { color: teal; }\n"
        let report = await TestSupport.check(files)
        let css = report.files.first { $0.path == "assets/style.css" }.map { String(decoding: $0.bytes, as: UTF8.self) }
        #expect(css == "body { color: teal; }\n")
    }
}
