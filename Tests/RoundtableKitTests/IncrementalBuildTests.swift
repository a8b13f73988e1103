import Foundation
import Testing

@testable import IncrementalBuild
@testable import RoundtableKit

/// The build cache is a shortcut only: every cached rebuild must give the same bytes as a
/// clean build, write only what changed, and survive a damaged or missing cache.
@Suite struct IncrementalBuildTests {
    struct Project {
        let root: URL
        var content: URL { root.appendingPathComponent("content") }
        var output: URL { root.appendingPathComponent("output") }

        init() throws {
            root = TestSupport.temporaryDirectory()
            try FileManager.default.copyItem(at: TestSupport.minimalContent, to: content)
        }

        /// For the project's content and output, with the default theme.
        var options: BuildOptions {
            BuildOptions(
                contentDirectory: content.path, themesDirectory: TestSupport.defaultTheme.path,
                outputDirectory: output.path)
        }

        @discardableResult
        func build() async -> BuildReport {
            await TestSupport.build(content: content, into: output)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = content.appendingPathComponent(path)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }

        /// What a build without any cache makes of the same content.
        func cleanBuild() async throws -> [String: Data] {
            let clean = TestSupport.temporaryDirectory().appendingPathComponent("clean")
            let report = await TestSupport.build(content: content, into: clean)
            #expect(report.succeeded)
            return Self.tree(clean)
        }

        static func tree(_ directory: URL) -> [String: Data] {
            var files: [String: Data] = [:]
            for path in FileSystem.disk.listFiles(directory.path) {
                files[path] = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path)
            }
            return files
        }

        /// Every content file made an hour old (older than the racy window), and the disk seen
        /// through a file system that logs every read.
        func agedAndCounted() throws -> (FileSystem, ReadLog) {
            let old = Date(timeIntervalSinceNow: -3600)
            for path in FileSystem.disk.listFiles(content.path) {
                try FileManager.default.setAttributes(
                    [.modificationDate: old], ofItemAtPath: content.appendingPathComponent(path).path)
            }
            let reads = ReadLog()
            let disk = FileSystem.disk
            let counting = FileSystem(
                listFiles: disk.listFiles,
                read: {
                    reads.add($0)
                    return try disk.read($0)
                },
                isDirectory: disk.isDirectory, escape: disk.escape, status: disk.status)
            return (counting, reads)
        }

        func modificationTime(_ path: String) throws -> Date {
            try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[
                .modificationDate] as! Date
        }
    }

    @Test func aBodyEditRewritesOnlyThatPageAndMatchesACleanBuild() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        let before = Project.tree(project.output)
        let untouched = try project.modificationTime("topics/beta/index.html")
        try await Task.sleep(for: .milliseconds(20))

        try project.edit("topics/alpha.md") { $0 + "\nA new closing paragraph.\n" }
        let report = await project.build()
        #expect(report.succeeded)
        #expect(report.writtenCount == 4, "only alpha's page, the packs that print it and the search index change")
        let after = Project.tree(project.output)
        // The search index made from the other pages' lines of the last index is the clean build's.
        #expect(after == (try await project.cleanBuild()))
        #expect(
            after.filter { before[$0.key] != $0.value }.keys.sorted() == [
                "rounds/2015A/pack/index.html", "rounds/2016A/pack/index.html", "search/index.json",
                "topics/alpha/index.html",
            ])
        #expect(String(decoding: after["search/index.json"]!, as: UTF8.self).contains("closing"))
        #expect(try project.modificationTime("topics/beta/index.html") == untouched)
    }

    /// The lines of pages not rendered again come from the index output/ holds: one changed or
    /// removed by hand is not used, and those pages are rendered again instead.
    @Test(arguments: ["changed", "removed", "truncated"])
    func aSearchIndexChangedByHandIsNotReused(damage: String) async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        let index = project.output.appendingPathComponent("search/index.json")
        let bytes = try Data(contentsOf: index)
        switch damage {
        case "changed": try Data(bytes.map { $0 == UInt8(ascii: "e") ? UInt8(ascii: "E") : $0 }).write(to: index)
        case "removed": try FileManager.default.removeItem(at: index)
        default: try bytes.prefix(bytes.count / 2).write(to: index)
        }
        try project.edit("topics/alpha.md") { $0 + "\nA new closing paragraph.\n" }
        #expect(await project.build().succeeded)
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))
    }

    @Test func searchIndexLinesAreFoundByPath() throws {
        let index = Array(
            ("{\"kinds\":{\"topic\":\"Topic\"},\n\"pages\":[\n{\"u\":\"a/\",\"k\":\"topic\",\"t\":\"A\"},\n"
                + "{\"u\":\"b/\",\"t\":\"B \\\"x\\\"\"}\n]}\n").utf8)
        let lines = try #require(SearchIndex.lines(of: index))
        #expect(lines.keys.sorted() == ["a/", "b/"])
        #expect(String(decoding: lines["a/"]!.bytes, as: UTF8.self) == "{\"u\":\"a/\",\"k\":\"topic\",\"t\":\"A\"}")
        #expect(String(decoding: lines["b/"]!.bytes, as: UTF8.self) == "{\"u\":\"b/\",\"t\":\"B \\\"x\\\"\"}")
        #expect(SearchIndex.lines(of: Array("not an index".utf8)) == nil)
    }

    @Test(arguments: ["front matter", "theme", "strings", "site.yaml", "new page", "deleted topic", "round"])
    func everyKindOfChangeMatchesACleanBuild(change: String) async throws {
        let project = try Project()
        let themes = project.root.appendingPathComponent("themes")
        try FileManager.default.copyItem(at: TestSupport.defaultTheme, to: themes)
        func build() async -> BuildReport {
            await Build.run(
                BuildOptions(
                    contentDirectory: project.content.path, themesDirectory: themes.path,
                    outputDirectory: project.output.path))
        }
        #expect(await build().succeeded)
        switch change {
        case "front matter":
            try project.edit("topics/beta.md") { $0.replacingOccurrences(of: "title: ", with: "title: Renamed ") }
        case "theme":
            let footer = themes.appendingPathComponent("default/templates/partials/footer.mustache")
            try (try String(contentsOf: footer, encoding: .utf8)).replacingOccurrences(
                of: "</footer>", with: "<p>Changed.</p></footer>"
            )
            .write(to: footer, atomically: true, encoding: .utf8)
        case "strings":
            let strings = themes.appendingPathComponent("default/strings/en.yaml")
            try (try String(contentsOf: strings, encoding: .utf8)).replacingOccurrences(
                of: "Built with Roundtable.", with: "Made with Roundtable."
            )
            .write(to: strings, atomically: true, encoding: .utf8)
        case "site.yaml":
            try project.edit("site.yaml") {
                $0.replacingOccurrences(of: "title: Minimal Network", with: "title: Another Network")
            }
        case "new page":
            try "---\ntitle: New\nsummary: A new page.\n---\n\nHello.\n".write(
                to: project.content.appendingPathComponent("pages/new.md"), atomically: true, encoding: .utf8)
        case "deleted topic":
            try FileManager.default.removeItem(at: project.content.appendingPathComponent("topics/draft.md"))
        default:
            try project.edit("rounds/2016A.yaml") {
                $0.replacingOccurrences(of: "name: Round 2016A", with: "name: Round 2016A (renamed)")
            }
        }
        let report = await build()
        #expect(report.succeeded, "\(DiagnosticFormatter.format(report.diagnostics))")
        let clean = TestSupport.temporaryDirectory().appendingPathComponent("clean")
        #expect(
            await Build.run(
                BuildOptions(
                    contentDirectory: project.content.path, themesDirectory: themes.path, outputDirectory: clean.path)
            ).succeeded)
        #expect(Project.tree(project.output) == Project.tree(clean))
        // The deleted topic is a draft: every page is checked again, and none changes.
        #expect(change == "deleted topic" ? report.writtenCount == 0 : report.writtenCount > 0)
    }

    @Test func aFileAddedToOutputByHandIsReportedWhenNothingElseChanged() async throws {
        let project = try Project()
        _ = try project.agedAndCounted()
        #expect(await project.build().succeeded)
        #expect(BuildCache.load(forOutput: project.output.path)?.inputStatus != nil, "the no-op shortcut applies")
        let cname = project.output.appendingPathComponent("CNAME")
        try "rounds.example.org\n".write(to: cname, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            #expect(
                DiagnosticFormatter.format(await project.build().diagnostics)
                    == "error: refusing to replace '\(project.output.path)': it holds files Roundtable did not create "
                    + "(CNAME); move them into the static folder, which every build copies, or delete them\n")
        }
        try FileManager.default.removeItem(at: cname)
        let report = await project.build()
        #expect(report.succeeded && report.writtenCount == 0)
    }

    /// The no-op compares the status of output/'s folders instead of listing its files: a file
    /// added deep inside changes its own folder, which is enough.
    @Test func aFileAddedDeepInsideOutputIsReportedWhenNothingElseChanged() async throws {
        let project = try Project()
        _ = try project.agedAndCounted()
        #expect(await project.build().succeeded)
        #expect(BuildCache.load(forOutput: project.output.path)?.outputFolderStatus != nil)
        let extra = project.output.appendingPathComponent("topics/alpha/notes.txt")
        try "by hand\n".write(to: extra, atomically: false, encoding: .utf8)
        let report = await project.build()
        #expect(report.diagnostics.map(\.message).first?.contains("(topics/alpha/notes.txt)") == true)
        try FileManager.default.removeItem(at: extra)
        #expect(await project.build().succeeded)
    }

    @Test func aRebuildWithoutChangesWritesNothing() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        let time = try project.modificationTime("index.html")
        let report = await project.build()
        #expect(report.succeeded && report.writtenCount == 0)
        #expect(report.pageCount == 16)
        #expect(try project.modificationTime("index.html") == time)
    }

    @Test(arguments: [0, 1, 100, 1000, -17, -1])
    func aDamagedCacheMeansAFullBuildNeverAWrongOne(flippedByte: Int) async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        let cacheFile = URL(fileURLWithPath: BuildCache.location(forOutput: project.output.path).file)
        var bytes = try [UInt8](Data(contentsOf: cacheFile))
        let index = flippedByte >= 0 ? min(flippedByte, bytes.count - 1) : bytes.count + flippedByte
        bytes[index] ^= 0x5A
        try Data(bytes).write(to: cacheFile)
        #expect(BuildCache.load(forOutput: project.output.path) == nil, "the checksum catches the flipped byte")
        try project.edit("topics/alpha.md") { $0 + "\nAn edit after the damage.\n" }
        #expect(await project.build().succeeded)
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))
    }

    @Test func aTruncatedOrForeignCacheIsIgnored() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        let cacheFile = URL(fileURLWithPath: BuildCache.location(forOutput: project.output.path).file)
        for bytes in [Data(), Data("not a cache".utf8), try Data(contentsOf: cacheFile).prefix(40)] {
            try bytes.write(to: cacheFile)
            #expect(BuildCache.load(forOutput: project.output.path) == nil)
            try project.edit("topics/beta.md") { $0 + "\nMore.\n" }
            #expect(await project.build().succeeded)
            #expect(Project.tree(project.output) == (try await project.cleanBuild()))
        }
    }

    /// Another build of Roundtable may parse or render differently under the same version
    /// number (a developer's build, a patched package): its cache is not trusted.
    @Test func aCacheFromAnotherBuildOfRoundtableIsIgnored() async throws {
        #expect(
            RoundtableVersion.buildIdentity.hasPrefix(RoundtableVersion.current + " "),
            "the executable's identity is part of it")
        let project = try Project()
        #expect(await project.build().succeeded)
        let cacheFile = URL(fileURLWithPath: BuildCache.location(forOutput: project.output.path).file)
        var payload = Array(try [UInt8](Data(contentsOf: cacheFile)).dropLast(16))
        let identity = try #require(payload.firstRange(of: Array(RoundtableVersion.buildIdentity.utf8)))
        payload[identity.upperBound - 1] =
            payload[identity.upperBound - 1] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        var writer = BinaryWriter()
        writer.write(ContentDigest(payload))
        try Data(payload + writer.bytes).write(to: cacheFile)
        #expect(BuildCache.load(forOutput: project.output.path) == nil)
        try project.edit("topics/beta.md") { $0 + "\nMore.\n" }
        #expect(await project.build().succeeded)
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))
    }

    @Test func aMissingOutputOrStandbyIsRebuilt() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        try project.edit("topics/alpha.md") { $0 + "\nOne.\n" }
        #expect(await project.build().succeeded)
        let standby = StandbyOutput.standbyDirectory(of: OutputPublisher(outputDirectory: project.output.path))
        #expect(FileManager.default.fileExists(atPath: standby), "the previous site is kept beside output/")
        try FileManager.default.removeItem(atPath: standby)
        try project.edit("topics/alpha.md") { $0 + "\nTwo.\n" }
        #expect(await project.build().succeeded)
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))

        try FileManager.default.removeItem(at: project.output)
        try project.edit("topics/alpha.md") { $0 + "\nThree.\n" }
        #expect(await project.build().succeeded)
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))
    }

    /// A page taken from the cache still has its links into other pages checked.
    @Test func anAnchorBrokenByAnEditElsewhereIsStillReported() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        // rounds/2015A.yaml links to alpha.md#questions; rename that heading in alpha only.
        try project.edit("topics/alpha.md") { $0.replacingOccurrences(of: "## Questions", with: "## Things to ask") }
        let report = await project.build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.message).contains { $0.contains("broken anchor '../topics/alpha.md#questions'") })
    }

    @Test func aPageTakenFromTheCacheReportsItsWarningsAgain() async throws {
        let project = try Project()
        try project.edit("topics/beta.md") { $0 + "\n<iframe src=\"https://example.org/\"></iframe>\n" }
        let first = await project.build()
        #expect(first.succeeded)
        #expect(
            first.diagnostics.map(\.message) == [
                "raw HTML <iframe> is left out of the page: Markdown is rendered in safe mode"
            ])
        // Another page changes: beta's page comes from the cache, with its warning.
        try project.edit("topics/alpha.md") { $0 + "\nA new closing paragraph.\n" }
        let second = await project.build()
        #expect(second.succeeded && second.writtenCount == 4, "alpha's page, two packs and the search index")
        #expect(second.diagnostics == first.diagnostics)
        // Nothing changes (and every file is old enough to trust): the build stops at the input
        // scan, reading nothing, and still reports the warning.
        let (counting, reads) = try project.agedAndCounted()
        // The edits replaced files, so their folders are new too.
        for folder in [project.content, project.content.appendingPathComponent("topics")] {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: folder.path)
        }
        let options = BuildOptions(
            contentDirectory: project.content.path, themesDirectory: TestSupport.defaultTheme.path,
            outputDirectory: project.output.path)
        #expect(await Build.run(options, fileSystem: counting).diagnostics == first.diagnostics)
        reads.clear()
        let unchanged = await Build.run(options, fileSystem: counting)
        #expect(reads.paths.isEmpty, "the input scan found nothing changed")
        #expect(unchanged.succeeded && unchanged.diagnostics == first.diagnostics)
    }

    /// Without `summary:` the first paragraph is what the lists show, so an edit to it must reach
    /// them, and its note must come back on a build that takes the file from the cache.
    @Test(arguments: [
        ("topics/alpha.md", "A framing essay", "A framing letter", "topics/index.html"),
        ("process/02-second.md", "Back to", "Return to", "process/index.html"),
    ])
    func anEditToAParagraphStandingInForTheSummaryReachesTheLists(
        file: String, words: String, edited: String, list: String
    ) async throws {
        let project = try Project()
        try project.edit(file) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("summary:") }
                .joined(separator: "\n")
        }
        let first = await project.build()
        #expect(first.succeeded)
        #expect(first.diagnostics.map(\.severity) == [.note], "\(DiagnosticFormatter.format(first.diagnostics))")
        try project.edit(file) { $0.replacingOccurrences(of: words, with: edited) }
        let second = await project.build()
        let shown = try String(contentsOf: project.output.appendingPathComponent(list), encoding: .utf8)
        #expect(shown.contains(edited), "\(list) still shows the old paragraph")
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))
        // Another file changes: this one comes from the cache, and its note with it.
        try project.edit("topics/beta.md") { $0 + "\nOne more line.\n" }
        let third = await project.build()
        #expect(third.diagnostics == second.diagnostics, "\(third.diagnostics) \(second.diagnostics)")
        #expect(third.diagnostics.count == 1)
    }

    @Test func aSecondBuildIntoTheSameOutputWaitsItsTurn() async throws {
        let project = try Project()
        #expect(await project.build().succeeded)
        let held = try #require(BuildLock(forOutput: project.output.path))
        let report = await project.build()
        #expect(
            report.diagnostics.map(\.message) == [
                "another build is writing '\(project.output.path)'; wait for it to finish"
            ])
        held.release()
        #expect(await project.build().succeeded)
    }

    /// With files older than the racy window, a body edit reads the topic file and the guides
    /// printed beside it in a round's pack, not all.
    @Test func aBodyEditReadsOnlyTheEditedTopic() async throws {
        let project = try Project()
        let (counting, reads) = try project.agedAndCounted()
        let options = BuildOptions(
            contentDirectory: project.content.path, themesDirectory: TestSupport.defaultTheme.path,
            outputDirectory: project.output.path)
        #expect(await Build.run(options, fileSystem: counting).succeeded)
        try project.edit("topics/alpha.md") { $0 + "\nAn edit.\n" }
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)],
            ofItemAtPath: project.content.appendingPathComponent("topics/alpha.md").path)
        reads.clear()
        #expect(await Build.run(options, fileSystem: counting).succeeded)
        // Read for its front matter, then again for its body when its page is rendered; beta's
        // body for the packs of the rounds that schedule both; draft, in no round, not at all.
        #expect(
            Set(reads.paths.filter { $0.contains("/topics/") }) == [
                project.content.appendingPathComponent("topics/alpha.md").path,
                project.content.appendingPathComponent("topics/beta.md").path,
            ])
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))
    }

    /// Pair files are read again only when a page that shows statistics must be rendered.
    @Test func pairFilesAreReadOnlyWhenTheirStatisticsAreShownAgain() async throws {
        let project = try Project()
        // The edit below is a correction of five pairs at once, so that no comparison with the
        // first release singles a pair out.
        let correction = "statistics_correction: five pairs withdrew after all\n"
        try (DisclosureTests.round("2017A", participants: 60) + correction)
            .write(to: project.content.appendingPathComponent("rounds/2017A.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: project.content.appendingPathComponent("pairs"), withIntermediateDirectories: true)
        let pairs = project.content.appendingPathComponent("pairs/2017A.csv")
        try DisclosureTests.craftedPairs.write(to: pairs, atomically: true, encoding: .utf8)
        let (counting, reads) = try project.agedAndCounted()
        let options = BuildOptions(
            contentDirectory: project.content.path, themesDirectory: TestSupport.defaultTheme.path,
            outputDirectory: project.output.path)
        #expect(await Build.run(options, fileSystem: counting).succeeded)
        #expect(
            await Build.run(options, fileSystem: counting).succeeded,
            "the build after the ledger was written reads everything once")

        reads.clear()
        try project.edit("topics/beta.md") { $0 + "\nAn edit.\n" }
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)],
            ofItemAtPath: project.content.appendingPathComponent("topics/beta.md").path)
        #expect(await Build.run(options, fileSystem: counting).succeeded)
        #expect(!reads.paths.contains(pairs.path), "an edit elsewhere does not read the pair file")
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))

        // The ledger is kept parsed in the cache, but new bytes in it are parsed again.
        let ledger = project.content.appendingPathComponent(StatisticsLedger.fileName)
        let kept = try Data(contentsOf: ledger)
        try Data("- not a mapping\n".utf8).write(to: ledger)
        let damaged = await Build.run(options, fileSystem: counting)
        #expect(!damaged.succeeded)
        #expect(damaged.diagnostics.contains { $0.message.hasPrefix("the statistics ledger is not a mapping") })
        try kept.write(to: ledger)

        reads.clear()
        try project.edit("pairs/2017A.csv") { text in
            (22...26).reduce(text) { text, pair in
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.hasPrefix("q\(pair),")
                        ? line.replacingOccurrences(of: ",completed,", with: ",withdrawn,") : String(line)
                }
                return lines.joined(separator: "\n")
            }
        }
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: pairs.path)
        #expect(await Build.run(options, fileSystem: counting).succeeded)
        #expect(reads.paths.contains(pairs.path))
        #expect(Project.tree(project.output) == (try await project.cleanBuild()))
        let page = String(
            decoding: try Data(contentsOf: project.output.appendingPathComponent("rounds/2017A/index.html")),
            as: UTF8.self)
        #expect(page.contains(#"data-figure="2017A:status.completed">21<"#))
    }

    final class ReadLog: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ path: String) { lock.withLock { list.append(path) } }
        func clear() { lock.withLock { list.removeAll() } }
        var paths: [String] { lock.withLock { list.sorted() } }
    }

    /// output/'s and the standby tree's lists are stored as differences from the pages and
    /// from each other; every kind of difference comes back.
    @Test func theCacheKeepsBothTreesExactly() throws {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("output").path
        let digest = { (text: String) in ContentDigest(Data(text.utf8)) }
        var cache = BuildCache()
        for page in ["index.html", "a/index.html", "b/index.html", "sitemap.xml"] {
            cache.pages[page] = CachedPage(
                inputs: digest("f" + page), digest: digest(page), anchorChecks: [], attachments: [], warnings: [],
                ids: ElementIDList(["x", page]),
                searchPath: page == "a/index.html" ? "a/" : nil)
        }
        // The same as the pages, but one page is missing, one differs and two files are no pages.
        cache.current = cache.pages.mapValues(\.digest).filter { $0.key != "b/index.html" }
        cache.current["a/index.html"] = digest("edited")
        cache.current["assets/style.css"] = digest("css")
        cache.current[".roundtable-output"] = digest("marker")
        var standby = cache.current
        standby["a/index.html"] = digest("before the edit")
        standby["b/index.html"] = digest("b")
        standby["assets/style.css"] = nil
        cache.standby = standby
        try cache.save(forOutput: output)

        let loaded = try #require(BuildCache.load(forOutput: output))
        #expect(loaded.current == cache.current)
        #expect(loaded.standby == cache.standby)
        #expect(loaded.pages.mapValues(\.digest) == cache.pages.mapValues(\.digest))
        #expect(loaded.pages["a/index.html"]?.ids.ids == ["a/index.html", "x"])
        #expect(loaded.pages["a/index.html"]?.searchPath == "a/")
        #expect(loaded.pages["b/index.html"]?.searchPath == nil)
    }

    /// Each memory writes and reads its own fields; a file may have no status (a file
    /// system in memory has none) and may be a symbolic link.
    @Test func topicAndFileMemoriesComeBackAsWritten() throws {
        let topic = TopicHeader(
            title: "Alpha & Omega", summary: "The first topic.", tags: ["getting-started", "reflection"], draft: true,
            bodyLineOffset: 5, frontMatter: ContentDigest("m"))
        var writer = BinaryWriter()
        topic.encode(&writer)
        var reader = BinaryReader(writer.bytes, range: 0..<writer.bytes.count)
        let read = try #require(TopicHeader.decode(&reader))
        #expect(reader.isAtEnd)
        #expect(read.title == topic.title && read.summary == topic.summary && read.tags == topic.tags && read.draft)
        #expect(read.bodyLineOffset == 5 && read.frontMatter == topic.frontMatter)

        let status = FileStatus(
            size: 383, modifiedSeconds: 1_795_952_417, modifiedNanoseconds: 629_599_484, inode: 1_830_234, isLink: true)
        for stored in [status, nil] {
            let file = CachedFile(
                status: stored, whole: ContentDigest("pairs"), shown: ContentDigest("front"), trusted: true)
            var writer = BinaryWriter()
            file.encode(&writer)
            var reader = BinaryReader(writer.bytes, range: 0..<writer.bytes.count)
            let read = try #require(CachedFile.decode(&reader))
            #expect(
                reader.isAtEnd && read.status == stored && read.whole == file.whole && read.shown == file.shown
                    && read.trusted)
        }
    }

    /// A new standby tree is filled by plain links; a file already there is replaced.
    @Test func aPlainLinkReplacesAFileThatIsAlreadyThere() throws {
        let folder = TestSupport.temporaryDirectory()
        let source = folder.appendingPathComponent("source.html")
        let target = folder.appendingPathComponent("target.html")
        try Data("new".utf8).write(to: source)
        try FileWriter.link(source.path, to: target.path)
        #expect(try Data(contentsOf: target) == Data("new".utf8))
        try FileManager.default.removeItem(at: target)
        try Data("old".utf8).write(to: target)
        try FileWriter.link(source.path, to: target.path)
        #expect(try Data(contentsOf: target) == Data("new".utf8))
        let inode = { (url: URL) in
            try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
        }
        #expect(try inode(target) == (try inode(source)))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["source.html", "target.html"])
    }

    @Test func digestsPrintAsHex() {
        #expect(
            ContentDigest(high: 0x0123_4567_89ab_cdef, low: 0xfedc_ba98_7654_3210).hex
                == "0123456789abcdeffedcba9876543210")
        #expect(ContentDigest(high: 0, low: 15).hex == "0000000000000000000000000000000f")
    }

    @Test func theInputStampFollowsSizesAndTimes() throws {
        let project = try Project()
        let options = project.options
        let first = try #require(InputScan.take(options))
        #expect(InputScan.take(options)?.statusDigest == first.statusDigest)
        try project.edit("pages/about.md") { $0 + " " }
        #expect(InputScan.take(options)?.statusDigest != first.statusDigest)
    }

    /// A preview's watcher names the files it saw change; the scan updated from those must
    /// be the scan a full walk takes, for every kind of change it lets through.
    @Test func aScanUpdatedFromChangedFilesEqualsAFullScan() throws {
        let project = try Project()
        let options = project.options
        let before = try #require(InputScan.take(options))
        let content = project.content.path
        try project.edit("pages/about.md") { $0 + "\nMore.\n" }
        try Data("title: New\n".utf8).write(to: project.content.appendingPathComponent("topics/a-new-one.md"))
        try FileManager.default.removeItem(atPath: content + "/topics/beta.md")
        try FileManager.default.createSymbolicLink(
            atPath: content + "/pages/linked.md", withDestinationPath: content + "/pages/about.md")
        try FileManager.default.createSymbolicLink(
            atPath: content + "/pages/dangling.md", withDestinationPath: "/nowhere")
        let changed: Set<String> = [
            "pages/about.md", "topics/a-new-one.md", "topics/beta.md", "pages/linked.md",
            "pages/dangling.md", "topics/never-there.md",
        ]
        let updated = try #require(
            before.updated(
                changing: Set(changed.map { content + "/" + $0 }), staticDirectory: project.root.path + "/static"))
        let full = try #require(InputScan.take(options))
        #expect(updated.statusDigest == nil)
        #expect(updated.contentFiles == full.contentFiles)
        #expect(updated.contentPaths == full.contentPaths)
        #expect(updated.themeFiles == full.themeFiles)
        #expect(updated.files(below: content + "/topics") == full.files(below: content + "/topics"))
        #expect(updated.newestModification == full.newestModification)

        // A folder, or a file reached through a link to a folder, needs the full walk.
        try FileManager.default.createDirectory(atPath: content + "/process/part", withIntermediateDirectories: true)
        #expect(full.updated(changing: [content + "/process/part"], staticDirectory: "/none") == nil)
        try FileManager.default.createSymbolicLink(atPath: content + "/linked", withDestinationPath: content + "/pages")
        #expect(full.updated(changing: [content + "/linked/about.md"], staticDirectory: "/none") == nil)
        #expect(full.updated(changing: ["/elsewhere/file.md"], staticDirectory: "/none") == nil)
    }
}
