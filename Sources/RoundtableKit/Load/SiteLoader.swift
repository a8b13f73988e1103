import Foundation

/// The load stage: reads content/ and the theme, splits front matter and decodes YAML, every file
/// in parallel. Returns the parsed sources and every problem found, or no sources if any.
public struct SiteLoader: Sendable {
    public let fileSystem: FileSystem
    /// Where content/ is, as the file system knows it.
    public let contentDirectory: String
    /// Where the themes are (`<project>/themes`).
    public let themesDirectory: String
    public let includeDrafts: Bool
    /// Copied into the site as it is, if it exists.
    public let staticDirectory: String?
    /// Topics as the last build parsed them (from the build cache).
    var rememberedTopics: [String: TopicMemory] = [:]
    /// Pair files as the last build read them. One that has not changed is not read again;
    /// the build reads everything if any page that shows pair statistics must be rendered.
    var rememberedPairFiles: [String: FileMemory] = [:]
    /// Rounds as the last build parsed them: a round file with the same bytes is not parsed again.
    var rememberedRounds: [String: RoundMemory] = [:]
    /// False to let go of each topic's body once its front matter is read: the page reads it
    /// again when it is rendered (see `TopicBodyReader`), so the build never holds them all.
    var keepsTopicBodies = true

    public init(fileSystem: FileSystem, contentDirectory: String, themesDirectory: String, includeDrafts: Bool = false,
                staticDirectory: String? = nil) {
        self.fileSystem = fileSystem
        self.contentDirectory = contentDirectory
        self.themesDirectory = themesDirectory
        self.includeDrafts = includeDrafts
        self.staticDirectory = staticDirectory
    }

    /// One file of content/ and what it turned into.
    private enum Loaded: Sendable {
        case round(Round)
        case topic(Topic, FileSignature?)
        case chapter(Chapter)
        case page(Page)
        case pairs(PairFile, FileSignature?)
        /// A pair file the cache vouched for, not read.
        case deferredPairs(FileSignature)
        case failed
    }

    public func load() async -> (SourceSet?, [Diagnostic]) {
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
        var ledgerDigest = ContentDigest("")
        if fileSystem.files(in: contentDirectory, suffix: ".yaml").contains(StatisticsLedger.fileName) {
            switch readText(StatisticsLedger.fileName) {
            case .success(let source):
                let (loaded, problems) = StatisticsLedger.load(source)
                if let loaded { ledger = loaded }
                ledgerDigest = ContentDigest(source.text)
                diagnostics += problems
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }

        // The theme and the static folder are read while the content files load: on an
        // incremental build, parsing the templates is a good part of what is left to do.
        let themeName = config?.theme ?? "default"
        async let themeLoad = Theme.load(
            name: themeName, directory: themesDirectory + "/" + themeName,
            displayPath: themesDirectory + "/" + themeName, language: config?.language ?? "en",
            stringOverrides: config?.strings ?? [], fileSystem: fileSystem
        )
        async let staticLoad = readStaticFiles()
        let jobs = contentFiles()
        let results = await Parallel.map(jobs) { job in self.load(job) }

        var rounds: [Round] = [], topics: [Topic] = [], chapters: [Chapter] = [], pages: [Page] = [], pairFiles: [PairFile] = []
        var digests: [String: FileDigests] = [:]
        var topicMemories: [String: TopicMemory] = [:]
        var roundMemories: [String: RoundMemory] = [:]
        var deferredPairFiles = 0
        var pairSignatures: [String: FileSignature] = [:]
        for (index, (loaded, problems, fileDigests)) in results.enumerated() {
            diagnostics += problems
            if let fileDigests { digests[jobs[index].contentPath] = fileDigests }
            switch loaded {
            case .round(let round):
                rounds.append(round)
                if let fileDigests { roundMemories[jobs[index].contentPath] = RoundMemory(round, whole: fileDigests.whole) }
            case .topic(let topic, let signature):
                if let fileDigests {
                    topicMemories[topic.contentPath] = TopicMemory(topic, metadata: fileDigests.metadata, whole: fileDigests.whole, signature: signature)
                }
                if includeDrafts || !topic.draft { topics.append(topic) }
            case .chapter(let chapter) where includeDrafts || !chapter.draft: chapters.append(chapter)
            case .page(let page) where includeDrafts || !page.draft: pages.append(page)
            case .pairs(let file, let signature):
                pairFiles.append(file)
                if let signature { pairSignatures[jobs[index].contentPath] = signature }
            case .deferredPairs(let signature):
                deferredPairFiles += 1
                pairSignatures[jobs[index].contentPath] = signature
            default: break
            }
        }

        let (theme, themeProblems) = await themeLoad
        diagnostics += themeProblems
        diagnostics += strayPairFiles()
        let (staticFiles, staticProblems) = await staticLoad
        diagnostics += staticProblems
        guard let config, let theme, diagnostics.isEmpty else { return (nil, diagnostics) }
        var sources = SourceSet(config: config, rounds: rounds, topics: topics, chapters: chapters, pages: pages, pairFiles: pairFiles, theme: theme)
        sources.digests = digests
        sources.topicMemories = topicMemories
        sources.roundMemories = roundMemories
        sources.deferredPairFiles = deferredPairFiles
        sources.pairFileMemories = Dictionary(uniqueKeysWithValues: jobs.indices.compactMap { index -> (String, FileMemory)? in
            guard jobs[index].kind == .pairs, let digest = digests[jobs[index].contentPath]?.whole,
                  let signature = pairSignatures[jobs[index].contentPath] else { return nil }
            return (jobs[index].contentPath, FileMemory(whole: digest, signature: signature))
        })
        sources.staticFiles = staticFiles
        if let staticDirectory { sources.staticFolder = staticDirectory }
        if case .success(let configSource) = configResult { sources.configDigest = ContentDigest(combining: ContentDigest(configSource.text), ledgerDigest) }
        sources.ledger = ledger
        return (sources, [])
    }

    // MARK: - Files

    private enum Kind: Sendable { case round, topic, chapter, page, pairs }

    private struct Job: Sendable {
        let kind: Kind
        let contentPath: String
        let fileName: String
        /// The folder's real path is inside content/, so only a file that is itself a symbolic
        /// link can lead outside: the others need no `realpath`.
        let folderStaysInside: Bool
    }

    private func contentFiles() -> [Job] {
        let folders: [(String, Kind, String)] = [
            ("rounds", .round, ".yaml"), ("topics", .topic, ".md"), ("process", .chapter, ".md"), ("pages", .page, ".md"), ("pairs", .pairs, ".csv"),
        ]
        return folders.flatMap { folder, kind, suffix in
            let staysInside = folderStaysInside(folder)
            return fileSystem.files(in: contentDirectory + "/" + folder, suffix: suffix).map {
                Job(kind: kind, contentPath: "\(folder)/\($0)", fileName: $0, folderStaysInside: staysInside)
            }
        }
    }

    /// Whether a folder of content/ really lies inside it, symbolic links followed.
    func folderStaysInside(_ folder: String) -> Bool {
        fileSystem.escape(contentDirectory + "/" + folder, contentDirectory) == nil
    }

    /// Whether reading a file must first check where symbolic links lead, given its folder and
    /// its signature (none in memory, where the check is cheap anyway).
    private func mayLeadOutside(folderStaysInside: Bool, signature: FileSignature?) -> Bool {
        !folderStaysInside || signature?.isLink ?? true
    }

    typealias FileDigests = (metadata: ContentDigest, whole: ContentDigest)

    private func load(_ job: Job) -> (Loaded, [Diagnostic], FileDigests?) {
        let path = contentDirectory + "/" + job.contentPath
        // Stat before reading: a change after this point makes the next build read the file again.
        let signature = fileSystem.signature(path)
        let mayLeadOutside = mayLeadOutside(folderStaysInside: job.folderStaysInside, signature: signature)
        let staysInside = { !mayLeadOutside || fileSystem.escape(path, contentDirectory) == nil }
        if job.kind == .pairs, let signature, let remembered = rememberedPairFiles[job.contentPath], remembered.trusted,
           remembered.signature == signature, staysInside() {
            return (.deferredPairs(signature), [], (remembered.whole, remembered.whole))
        }
        if job.kind == .topic, let signature, let remembered = rememberedTopics[job.contentPath], remembered.trusted,
           remembered.signature == signature, staysInside() {
            let topic = remembered.deferredTopic(shownPath: displayPath(job.contentPath), contentPath: job.contentPath, fileName: job.fileName)
            return (.topic(topic, signature), [], (remembered.metadata, remembered.whole))
        }
        let source: SourceText
        switch readText(job.contentPath, checkingLinks: mayLeadOutside) {
        case .success(let text): source = text
        case .failure(let diagnostic): return (.failed, [diagnostic], nil)
        }
        let whole = ContentDigest(source.text)
        let metadata = job.kind == .round || job.kind == .pairs ? whole : FrontMatter.metadataDigest(of: source.text)
        if job.kind == .topic, let remembered = rememberedTopics[job.contentPath], remembered.metadata == metadata {
            let topic = keepsTopicBodies
                ? remembered.topic(from: source, contentPath: job.contentPath, fileName: job.fileName)
                : remembered.deferredTopic(shownPath: displayPath(job.contentPath), contentPath: job.contentPath, fileName: job.fileName)
            return (.topic(topic, signature), [], (metadata, whole))
        }
        if job.kind == .round, let remembered = rememberedRounds[job.contentPath], remembered.whole == whole {
            return (.round(remembered.round(readFrom: source)), [], (whole, whole))
        }
        var (loaded, problems) = parse(source, job)
        if case .topic(let topic, _) = loaded {
            loaded = .topic(keepsTopicBodies ? topic : topic.withoutBody(shownPath: displayPath(job.contentPath)), signature)
        }
        if case .pairs(let file, _) = loaded { loaded = .pairs(file, signature) }
        return (loaded, problems, (metadata, whole))
    }

    private func parse(_ source: SourceText, _ job: Job) -> (Loaded, [Diagnostic]) {
        switch job.kind {
        case .round:
            let (round, problems) = Round.load(source, expectedID: String(job.fileName.dropLast(".yaml".count)))
            return (round.map(Loaded.round) ?? .failed, problems)
        case .topic:
            let (topic, problems) = Topic.load(source, contentPath: job.contentPath, fileName: job.fileName)
            return (topic.map { Loaded.topic($0, nil) } ?? .failed, problems)
        case .chapter:
            let (chapter, problems) = Chapter.load(source, contentPath: job.contentPath, fileName: job.fileName)
            return (chapter.map(Loaded.chapter) ?? .failed, problems)
        case .page:
            let (page, problems) = Page.load(source, contentPath: job.contentPath, fileName: job.fileName)
            return (page.map(Loaded.page) ?? .failed, problems)
        case .pairs:
            let (file, problems) = PairFile.load(source, roundID: String(job.fileName.dropLast(".csv".count)))
            return (file.map { Loaded.pairs($0, nil) } ?? .failed, problems)
        }
    }

    /// The same loader, reading every file (no help from the build cache).
    func readingEverything() -> SiteLoader {
        var loader = self
        loader.rememberedTopics = [:]
        loader.rememberedPairFiles = [:]
        loader.rememberedRounds = [:]
        return loader
    }

    /// Reads the body of a topic loaded without one. The front matter was parsed already; if it
    /// is still the same text, the body starts where it did. Nil with a diagnostic when the file
    /// cannot be read, nil without one when its front matter changed since it was parsed.
    func readBody(of topic: Topic, metadata expected: ContentDigest, folderStaysInside: Bool) -> (MarkdownSource?, Diagnostic?) {
        let path = contentDirectory + "/" + topic.contentPath
        let checkingLinks = mayLeadOutside(folderStaysInside: folderStaysInside, signature: fileSystem.signature(path))
        switch readText(topic.contentPath, checkingLinks: checkingLinks) {
        case .failure(let diagnostic): return (nil, diagnostic)
        case .success(let source):
            guard FrontMatter.metadataDigest(of: source.text) == expected else { return (nil, nil) }
            let offset = topic.body.lineOffset
            return (MarkdownSource(text: source.text(fromLine: offset + 1), file: source, lineOffset: offset), nil)
        }
    }

    /// content/pairs/ holds pair files only: a key, a raw export or a spreadsheet there would be
    /// one `git add` away from publication.
    private func strayPairFiles() -> [Diagnostic] {
        fileSystem.listFiles(contentDirectory + "/pairs").filter {
            !($0.hasSuffix(".csv") && !$0.contains("/")) && ![".DS_Store", ".gitkeep"].contains($0)
        }.map {
            .error("only pair files (<round-id>.csv) belong in pairs/; keep raw exports and keys outside content/",
                   at: SourceLocation(file: displayPath("pairs/\($0)"), line: 1))
        }
    }

    /// Every file of the static folder except version-control and desktop clutter.
    private func readStaticFiles() -> ([(path: String, bytes: Data)], [Diagnostic]) {
        guard let folder = staticDirectory, fileSystem.isDirectory(folder) else { return ([], []) }
        var files: [(String, Data)] = [], diagnostics: [Diagnostic] = []
        for path in fileSystem.listFiles(folder) {
            let components = path.split(separator: "/")
            if components.contains(".git") || components.last == ".DS_Store" { continue }
            if let target = fileSystem.escape(folder + "/" + path, folder) {
                diagnostics.append(.error("refusing a symbolic link that leads outside the static folder (to \(target))",
                                          at: SourceLocation(file: "\(folder)/\(path)", line: 1)))
                continue
            }
            do {
                files.append((path, try fileSystem.read(folder + "/" + path)))
            } catch {
                diagnostics.append(.error("cannot read file", at: SourceLocation(file: "\(folder)/\(path)", line: 1)))
            }
        }
        return (files, diagnostics)
    }

    private func readText(_ contentPath: String, checkingLinks: Bool = true) -> Result<SourceText, Diagnostic> {
        let shownPath = displayPath(contentPath)
        if checkingLinks, let target = fileSystem.escape(contentDirectory + "/" + contentPath, contentDirectory) {
            return .failure(.error("refusing a symbolic link that leads outside the content folder (to \(target))", at: SourceLocation(file: shownPath, line: 1)))
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
        contentDirectory == "." ? contentPath : "\(contentDirectory)/\(contentPath)"
    }
}
