import Foundation

/// The load stage: reads content/ and the theme, splits front matter and decodes YAML, every file
/// in parallel. Returns the parsed sources and every problem found; no sources when site.yaml
/// or the theme could not be read.
package struct SiteLoader: Sendable {
    let reader: SourceReader
    var fileSystem: FileSystem { reader.fileSystem }
    /// Where content/ is, as the file system knows it.
    let contentDirectory: String
    /// Where the themes are (`<project>/themes`).
    let themesDirectory: String
    /// Copied into the site as it is, if it exists.
    let staticDirectory: String?
    /// False to let go of each topic's body once its front matter is read: the page reads it
    /// again when it is rendered (see `TopicBodyReader`), so the build never holds them all.
    let keepsTopicBodies: Bool

    package init(
        reader: SourceReader, contentDirectory: String, themesDirectory: String, staticDirectory: String? = nil,
        keepsTopicBodies: Bool = true
    ) {
        self.reader = reader
        self.contentDirectory = contentDirectory
        self.themesDirectory = themesDirectory
        self.staticDirectory = staticDirectory
        self.keepsTopicBodies = keepsTopicBodies
    }

    /// One file of content/ and what it turned into.
    private enum Loaded: Sendable {
        case round(Round)
        case topic(Topic)
        case chapter(Chapter)
        case part(HandbookPart)
        case page(Page)
        case pairs(PairFile)
        /// A pair file the reader said need not be read.
        case skipped
        case failed
    }

    package func load() async -> (SourceSet?, [Diagnostic]) {
        guard fileSystem.isDirectory(contentDirectory) else {
            return (nil, [.error("content folder '\(contentDirectory)' does not exist")])
        }
        var diagnostics: [Diagnostic] = []
        let configResult = readText("site.yaml")
        var config: SiteConfig?
        switch configResult {
        case .success(let source):
            let (loaded, problems) = SiteConfig.load(source)
            config = loaded
            diagnostics += problems
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
        }

        var ledger = StatisticsLedger()
        if fileSystem.files(in: contentDirectory, suffix: ".yaml").contains(StatisticsLedger.fileName) {
            if let remembered = reader.rememberedLedger() {
                ledger = remembered
            } else {
                switch readText(StatisticsLedger.fileName) {
                case .success(let source):
                    let (loaded, problems) = StatisticsLedger.load(source)
                    if let loaded { ledger = loaded }
                    diagnostics += problems
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                }
            }
        }

        // The theme and the static folder are read while the content files load: on an
        // incremental build, parsing the templates is a good part of what is left to do.
        let themeName = config?.theme ?? BuiltInTheme.name
        let builtIn = BuiltInTheme.isUsed(
            themeName: themeName, themesDirectory: themesDirectory, fileSystem: fileSystem)
        async let themeLoad = Theme.load(
            name: themeName, directory: builtIn ? BuiltInTheme.directory : themesDirectory + "/" + themeName,
            displayPath: builtIn ? BuiltInTheme.displayPath : themesDirectory + "/" + themeName,
            language: config?.language ?? "en", stringOverrides: config?.strings ?? [],
            fileSystem: builtIn ? BuiltInTheme.fileSystem : fileSystem
        )
        async let staticLoad = readStaticFiles()
        async let attachmentLoad = readAttachments()
        let (jobs, misplaced) = contentFiles()
        diagnostics += misplaced
        // content/topics/ is checked once for a symbolic link out of content/, not per topic.
        let bodies = TopicBodyReader(loader: self)
        let results = await Parallel.map(jobs) { job in self.load(job, bodies: bodies) }

        var rounds: [Round] = []
        var topics: [Topic] = []
        var chapters: [Chapter] = []
        var parts: [HandbookPart] = []
        var pages: [Page] = []
        var pairFiles: [PairFile] = []
        var unread: Set<String> = []
        for (job, (loaded, problems)) in zip(jobs, results) {
            diagnostics += problems
            switch loaded {
            case .round(let round): rounds.append(round)
            case .topic(let topic): topics.append(topic)
            case .chapter(let chapter): chapters.append(chapter)
            case .part(let part): parts.append(part)
            case .page(let page): pages.append(page)
            case .pairs(let file): pairFiles.append(file)
            case .skipped: break
            case .failed: unread.insert(job.contentPath)
            }
        }

        let (theme, themeProblems) = await themeLoad
        diagnostics += themeProblems
        diagnostics += strayPairFiles()
        let (staticFiles, staticProblems) = await staticLoad
        diagnostics += staticProblems
        let (attachments, attachmentProblems) = await attachmentLoad
        diagnostics += attachmentProblems
        // Without site.yaml or the theme nothing further can be checked; without some content
        // files, the others still can: the later stages are told which files are missing.
        guard let config, let theme else { return (nil, diagnostics) }
        var sources = SourceSet(
            config: config, rounds: rounds, topics: topics, chapters: chapters, pages: pages, pairFiles: pairFiles,
            theme: theme)
        sources.parts = parts
        sources.staticFiles = staticFiles
        sources.attachments = attachments
        if let staticDirectory { sources.staticFolder = staticDirectory }
        sources.contentFolder = contentDirectory
        sources.ledger = ledger
        sources.unreadContentPaths = unread
        return (sources, diagnostics)
    }

    // MARK: - Files

    private enum Kind: Sendable { case round, topic, chapter, part, page, pairs }

    private struct Job: Sendable {
        let kind: Kind
        let contentPath: String
        let fileName: String
        /// The folder's real path is inside content/, so only a file that is itself a symbolic
        /// link can lead outside: the others need no `realpath`.
        let folderStaysInside: Bool
    }

    private func contentFiles() -> ([Job], [Diagnostic]) {
        let folders: [(String, Kind, String)] = [
            ("rounds", .round, ".yaml"), ("topics", .topic, ".md"), ("pages", .page, ".md"), ("pairs", .pairs, ".csv"),
        ]
        let jobs = folders.flatMap { folder, kind, suffix in
            let staysInside = folderStaysInside(folder)
            return fileSystem.files(in: contentDirectory + "/" + folder, suffix: suffix).map {
                Job(kind: kind, contentPath: "\(folder)/\($0)", fileName: $0, folderStaysInside: staysInside)
            }
        }
        let (handbook, misplaced) = handbookFiles()
        return (jobs + handbook, misplaced)
    }

    /// process/ holds chapters, and parts: one level of folders, each with chapters and perhaps
    /// a `_part.yaml`. A chapter deeper down would otherwise be left out without a word.
    private func handbookFiles() -> ([Job], [Diagnostic]) {
        let staysInside = folderStaysInside("process")
        var jobs: [Job] = []
        var misplaced: [Diagnostic] = []
        for path in fileSystem.listFiles(contentDirectory + "/process") {
            let components = path.split(separator: "/").map(String.init)
            guard let name = components.last, !components.contains(where: { $0.hasPrefix(".") }) else { continue }
            let isChapter = name.hasSuffix(".md")
            guard isChapter || name == HandbookPart.fileName else { continue }
            let location = SourceLocation(file: displayPath("process/" + path), line: 1)
            switch components.count {
            case 1 where isChapter, 2:
                jobs.append(
                    Job(
                        kind: isChapter ? .chapter : .part, contentPath: "process/" + path, fileName: name,
                        folderStaysInside: staysInside))
            case 1:
                misplaced.append(
                    .error(
                        "\(HandbookPart.fileName) names a part of the handbook and belongs in the part's folder "
                            + "(process/<part>/\(HandbookPart.fileName))", at: location))
            default:
                misplaced.append(
                    .error(
                        "the handbook holds chapters in process/ and in one level of part folders "
                            + "(process/<part>/<chapter>.md); this file is further down and would not be published",
                        at: location))
            }
        }
        return (jobs, misplaced)
    }

    /// Whether a folder of content/ really lies inside it, symbolic links followed.
    func folderStaysInside(_ folder: String) -> Bool {
        fileSystem.escape(contentDirectory + "/" + folder, contentDirectory) == nil
    }

    /// Whether reading a file must first check where symbolic links lead: a file that is no
    /// link, in a folder inside content/, cannot (a file system in memory has no links).
    func mayLeadOutside(_ contentPath: String, folderStaysInside: Bool) -> Bool {
        !folderStaysInside || fileSystem.status(contentDirectory + "/" + contentPath)?.isLink ?? true
    }

    private func load(_ job: Job, bodies: TopicBodyReader) -> (Loaded, [Diagnostic]) {
        if job.kind == .pairs, reader.skipsPairFile(job.contentPath) { return (.skipped, []) }
        let mayLeadOutside = mayLeadOutside(job.contentPath, folderStaysInside: job.folderStaysInside)
        if job.kind == .topic, let header = reader.rememberedTopic(job.contentPath),
            !mayLeadOutside || fileSystem.escape(contentDirectory + "/" + job.contentPath, contentDirectory) == nil
        {
            return (
                .topic(bodies.topic(header, contentPath: job.contentPath, fileName: job.fileName)),
                header.summaryNote.map { [$0] } ?? []
            )
        }
        let source: SourceText
        switch readText(job.contentPath, checkingLinks: mayLeadOutside) {
        case .success(let text): source = text
        case .failure(let diagnostic): return (.failed, [diagnostic])
        }
        if job.kind == .round, let round = reader.rememberedRound(job.contentPath, text: source) {
            return (.round(round), [])
        }
        let (loaded, problems) = parse(source, job)
        if case .topic(let topic) = loaded, !keepsTopicBodies {
            var header = TopicHeader(
                title: topic.title, summary: topic.summary, tags: topic.tags, draft: topic.draft,
                bodyLineOffset: topic.body.lineOffset, frontMatter: FrontMatter.metadataDigest(of: source.text))
            header.updated = topic.updated
            header.order = topic.order
            header.aliases = topic.aliases
            header.anchors = topic.anchors
            header.summaryNote = topic.summaryNote
            return (.topic(bodies.topic(header, contentPath: job.contentPath, fileName: job.fileName)), problems)
        }
        return (loaded, problems)
    }

    private func parse(_ source: SourceText, _ job: Job) -> (Loaded, [Diagnostic]) {
        switch job.kind {
        case .round:
            let (round, problems) = Round.load(source, expectedID: String(job.fileName.dropLast(".yaml".count)))
            return (round.map(Loaded.round) ?? .failed, problems)
        case .topic:
            let (topic, problems) = Topic.load(source, contentPath: job.contentPath, fileName: job.fileName)
            return (topic.map(Loaded.topic) ?? .failed, problems)
        case .chapter:
            let (chapter, problems) = Chapter.load(source, contentPath: job.contentPath, fileName: job.fileName)
            return (chapter.map(Loaded.chapter) ?? .failed, problems)
        case .part:
            let folder = String(job.contentPath.split(separator: "/")[1])
            let (part, problems) = HandbookPart.load(source, folder: folder, contentPath: job.contentPath)
            return (part.map(Loaded.part) ?? .failed, problems)
        case .page:
            let (page, problems) = Page.load(source, contentPath: job.contentPath, fileName: job.fileName)
            return (page.map(Loaded.page) ?? .failed, problems)
        case .pairs:
            let (file, problems) = PairFile.load(source, roundID: String(job.fileName.dropLast(".csv".count)))
            return (file.map(Loaded.pairs) ?? .failed, problems)
        }
    }

    /// content/pairs/ holds pair files only: a key, a raw export or a spreadsheet there would be
    /// one `git add` away from publication.
    private func strayPairFiles() -> [Diagnostic] {
        fileSystem.listFiles(contentDirectory + "/pairs").filter {
            !($0.hasSuffix(".csv") && !$0.contains("/")) && ![".DS_Store", ".gitkeep"].contains($0)
        }.map {
            .error(
                "only pair files (<round-id>.csv) belong in pairs/; keep raw exports and keys outside content/",
                at: SourceLocation(file: displayPath("pairs/\($0)"), line: 1))
        }
    }

    func readText(_ contentPath: String, checkingLinks: Bool = true) -> Result<SourceText, Diagnostic> {
        let shownPath = displayPath(contentPath)
        if checkingLinks, let target = fileSystem.escape(contentDirectory + "/" + contentPath, contentDirectory) {
            return .failure(
                .error(
                    "refusing a symbolic link that leads outside the content folder (to \(target))",
                    at: SourceLocation(file: shownPath, line: 1)))
        }
        do {
            let data = try fileSystem.read(contentDirectory + "/" + contentPath)
            return TextDecoder.decode(data, path: shownPath)
        } catch {
            let reason = (error as? CocoaError)?.code == .fileReadNoSuchFile ? "file not found" : "cannot read file"
            return .failure(.error(reason, at: SourceLocation(file: shownPath, line: 1)))
        }
    }

    /// `content/topics/x.md` when content/ is the working directory's `content`.
    func displayPath(_ contentPath: String) -> String {
        SourceSet.shown(contentPath, in: contentDirectory)
    }
}
