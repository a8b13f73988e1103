import CSystem
import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var themesDirectory: String
    /// Files copied into the site as they are (CNAME, favicon.ico, downloads): `<project>/static`.
    public var staticDirectory: String
    /// Nil for `check`: everything a build does, but nothing is written.
    public var outputDirectory: String?
    public var baseURL: String?
    public var includeDrafts: Bool
    /// False for a process that ends with the build (the command line): the build's memory is
    /// then left to the operating system instead of being freed value by value.
    public var freesMemory = true

    public init(contentDirectory: String = "content", themesDirectory: String? = nil, outputDirectory: String? = "output",
                baseURL: String? = nil, includeDrafts: Bool = false, staticDirectory: String? = nil) {
        self.contentDirectory = contentDirectory
        self.themesDirectory = themesDirectory ?? Self.besideContent("themes", contentDirectory)
        self.staticDirectory = staticDirectory ?? Self.besideContent("static", contentDirectory)
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }

    /// Themes and static files live beside content/: `<project>/themes`, `<project>/static`.
    static func besideContent(_ name: String, _ contentDirectory: String) -> String {
        let parent = (contentDirectory as NSString).deletingLastPathComponent
        return parent.isEmpty ? name : parent + "/" + name
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public let diagnostics: [Diagnostic]
    /// The files rendered by this build (all of them unless the build cache spared some).
    public let files: [OutputFile]
    /// Pages of the built site, rendered or not.
    public let pageCount: Int
    /// Files written to disk; 0 when nothing changed.
    public let writtenCount: Int
    /// Whether this build added releases to the statistics ledger in content/.
    public var recordedStatistics = false

    init(diagnostics: [Diagnostic], files: [OutputFile] = [], pageCount: Int? = nil, writtenCount: Int = 0) {
        self.diagnostics = diagnostics
        self.files = files
        self.pageCount = pageCount ?? files.filter { $0.path.hasSuffix(".html") }.count
        self.writtenCount = writtenCount
    }

    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}

/// The pipeline in one function: load → assemble → render → publish.
public enum Build {
    public static func run(_ options: BuildOptions, fileSystem: FileSystem = .disk) async -> BuildReport {
        roundtable_limit_retained_memory()
        var timer = StageTimer()
        var loader = SiteLoader(fileSystem: fileSystem, contentDirectory: options.contentDirectory,
                                themesDirectory: options.themesDirectory, includeDrafts: options.includeDrafts,
                                staticDirectory: options.staticDirectory)
        let publisher = options.outputDirectory.map(OutputPublisher.init)
        // A build that publishes renders page by page and reads each body then; `check` keeps them.
        loader.keepsTopicBodies = publisher == nil
        if let refusal = publisher?.refusal(contentDirectory: options.contentDirectory, protected: [options.themesDirectory, options.staticDirectory]) {
            return BuildReport(diagnostics: [refusal])
        }
        // One build at a time per output folder: a preview server and a manual build must not
        // update the same standby tree.
        var lock: Int32?
        if let publisher {
            let (directory, file) = BuildCache.location(forOutput: publisher.outputDirectory)
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard let held = FileWriter.lockExclusively(file + ".lock") else {
                return BuildReport(diagnostics: [.error("another build is writing '\(publisher.outputDirectory)'; wait for it to finish")])
            }
            lock = held
        }
        defer { if let lock { FileWriter.unlock(lock) } }
        // Decoding the cache is work for the processor, stamping the inputs for the file system:
        // they overlap.
        async let cacheLoad = publisher.flatMap { BuildCache.load(forOutput: $0.outputDirectory) }
        async let stampReading = publisher == nil ? nil : InputStamp.compute(options)
        var cache = await cacheLoad
        let stamp = await stampReading
        timer.lap("load the build cache and stamp the inputs")
        if let publisher, let cache, let stamp, cache.inputStamp == stamp.digest,
           FileManager.default.fileExists(atPath: publisher.output + "/" + OutputPublisher.marker) {
            return BuildReport(diagnostics: [], pageCount: cache.pages.keys.filter { $0.hasSuffix(".html") }.count)
        }

        // Looking through output/ for files added by hand is mostly waiting for the file system:
        // it runs while the site is loaded.
        async let foreignFiles = publisher?.foreignFiles() ?? []
        loader.rememberedTopics = cache?.topics ?? [:]
        loader.rememberedPairFiles = cache?.pairFiles ?? [:]
        loader.rememberedRounds = cache?.rounds ?? [:]
        var loaded: SourceSet, site: Site, fingerprints: SiteFingerprints
        switch await assemble(loader, options) {
        case .success(let result): (loaded, site, fingerprints) = result
        case .failure(let problems): return BuildReport(diagnostics: problems.diagnostics)
        }
        timer.lap("load and assemble")
        defer { if !options.freesMemory { MemoryLeftForExit.keep(loader, loaded, site, fingerprints, cache as Any) } }
        // Files the cache vouched for were not read. Pair files are needed only where a page
        // shows statistics, and every such page depends on the global fingerprint; topics, only
        // where their own page must be rendered.
        if loaded.deferredPairFiles > 0 && cache?.pages[Permalink("rounds/").outputFile]?.fingerprint != fingerprints.page(showing: nil) {
            switch await assemble(loader.readingEverything(), options) {
            case .success(let result): (loaded, site, fingerprints) = result
            case .failure(let problems): return BuildReport(diagnostics: problems.diagnostics)
            }
        }

        guard let publisher else {
            let (files, problems) = await SiteRenderer.render(site)
            let rendered = files.compactMap { file in file.bytes.map { OutputFile(path: file.path, bytes: $0) } }
            return BuildReport(diagnostics: (problems + site.warnings).sorted(), files: rendered)
        }
        do {
            let foreign = await foreignFiles
            var session = try PublishSession(publisher: publisher, cache: cache, foreign: foreign)
            timer.lap("prepare the output tree")
            var (files, problems) = await SiteRenderer.render(site, fingerprints: fingerprints, memory: cache?.pages ?? [:], sink: session)
            timer.lap("render and write")
            guard problems.isEmpty else {
                session.abandon()
                return BuildReport(diagnostics: problems.sorted())
            }
            // The ledger is written before the new site goes out: a release that is recorded but
            // not published costs nothing, one published but not recorded could be differenced.
            if site.ledgerChanged {
                do {
                    try Data(site.ledger.encoded().utf8).write(to: URL(fileURLWithPath: options.contentDirectory + "/" + StatisticsLedger.fileName), options: .atomic)
                } catch {
                    session.abandon()
                    return BuildReport(diagnostics: [.error("cannot record the published statistics in \(options.contentDirectory)/\(StatisticsLedger.fileName): \(error.localizedDescription)")])
                }
            }
            let published: OutputPublisher.Result
            do {
                published = try session.finish(manifest(files), previous: cache)
            } catch is OutputPublisher.StaleCache {
                // The cache promised files that output/ does not have: render everything again.
                session.abandon()
                BuildCache.remove(forOutput: publisher.outputDirectory)
                cache = nil
                // Every page is rendered now, so every file the cache spared must be read.
                switch await assemble(loader.readingEverything(), options) {
                case .success(let result): (loaded, site, fingerprints) = result
                case .failure(let problems): return BuildReport(diagnostics: problems.diagnostics)
                }
                session = try PublishSession(publisher: publisher, cache: nil, foreign: foreign)
                (files, problems) = await SiteRenderer.render(site, fingerprints: fingerprints, sink: session)
                guard problems.isEmpty else {
                    session.abandon()
                    return BuildReport(diagnostics: problems.sorted())
                }
                published = try session.finish(manifest(files), previous: nil)
            }
            timer.lap("swap the output")
            remember(files, sources: loaded, stamp: stamp, published: published, publisher: publisher)
            timer.lap("save the build cache")
            if !options.freesMemory { MemoryLeftForExit.keep(files) }
            var report = BuildReport(diagnostics: site.warnings.sorted(), pageCount: files.filter { $0.path.hasSuffix(".html") }.count, writtenCount: published.written)
            report.recordedStatistics = site.ledgerChanged
            return report
        } catch let foreign as OutputPublisher.ForeignFiles {
            return BuildReport(diagnostics: [.error("refusing to replace '\(publisher.outputDirectory)': \(foreign)")])
        } catch {
            return BuildReport(diagnostics: [.error("cannot write the site into '\(publisher.outputDirectory)': \(error)")])
        }
    }

    private struct Problems: Error {
        let diagnostics: [Diagnostic]
    }

    /// Load and assemble, with the fingerprints of every page.
    private static func assemble(_ loader: SiteLoader, _ options: BuildOptions) async -> Result<(SourceSet, Site, SiteFingerprints), Problems> {
        var timer = StageTimer()
        let (sources, loadProblems) = await loader.load()
        timer.lap("  load")
        guard let sources else { return .failure(Problems(diagnostics: loadProblems.sorted())) }
        let (site, assemblyProblems) = SiteAssembler.assemble(sources, baseURL: options.baseURL)
        timer.lap("  assemble")
        guard var site else { return .failure(Problems(diagnostics: assemblyProblems.sorted())) }
        site.bodyReader = TopicBodyReader(loader: loader, metadata: sources.digests.mapValues(\.metadata))
        let fingerprints = SiteFingerprints(sources: sources, options: options, baseURL: site.config.baseURL)
        timer.lap("  fingerprint")
        return .success((sources, site, fingerprints))
    }

    private static func manifest(_ files: [RenderedFile]) -> [String: ContentDigest] {
        Dictionary(files.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
    }

    /// Saves what this build did for the next one. A cache that cannot be written only makes
    /// the next build slower, so a failure here is not an error.
    private static func remember(_ files: [RenderedFile], sources: SourceSet, stamp: InputStamp.Reading?,
                                 published: OutputPublisher.Result, publisher: OutputPublisher) {
        var cache = BuildCache()
        let now = Date().timeIntervalSince1970
        cache.topics = sources.topicMemories.mapValues { topic in
            var topic = topic
            topic.trusted = topic.signature.map { $0.modified < now - 2 } ?? false
            return topic
        }
        cache.rounds = sources.roundMemories
        cache.pairFiles = sources.pairFileMemories.mapValues { file in
            var file = file
            file.trusted = file.signature.modified < now - 2
            return file
        }
        cache.pages.reserveCapacity(files.count)
        for file in files {
            guard let fingerprint = file.fingerprint else { continue }
            cache.pages[file.path] = PageMemory(fingerprint: fingerprint, digest: file.digest, anchorChecks: file.anchorChecks, ids: file.ids)
        }
        cache.current = published.current
        cache.standby = published.standby
        // Like git's racy-clean rule: a file changed in the same instant as the build could be
        // changed again without its time moving, so only an older state is trusted as a stamp.
        if let stamp, stamp.newestModification < Date().timeIntervalSince1970 - 2 { cache.inputStamp = stamp.digest }
        try? cache.save(forOutput: publisher.outputDirectory)
    }
}
