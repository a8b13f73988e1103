import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var themesDirectory: String
    /// Nil for `check`: everything a build does, but nothing is written.
    public var outputDirectory: String?
    public var baseURL: String?
    public var includeDrafts: Bool

    public init(contentDirectory: String = "content", themesDirectory: String? = nil, outputDirectory: String? = "output",
                baseURL: String? = nil, includeDrafts: Bool = false) {
        self.contentDirectory = contentDirectory
        self.themesDirectory = themesDirectory ?? Self.defaultThemes(for: contentDirectory)
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }

    /// Themes live beside content/: `<project>/themes`.
    static func defaultThemes(for contentDirectory: String) -> String {
        let parent = (contentDirectory as NSString).deletingLastPathComponent
        return parent.isEmpty ? "themes" : parent + "/themes"
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
        let loader = SiteLoader(fileSystem: fileSystem, contentDirectory: options.contentDirectory,
                                themesDirectory: options.themesDirectory, includeDrafts: options.includeDrafts)
        let publisher = options.outputDirectory.map(OutputPublisher.init)
        if let refusal = publisher?.refusal(contentDirectory: options.contentDirectory) {
            return BuildReport(diagnostics: [refusal])
        }
        var cache = publisher.flatMap { BuildCache.load(forOutput: $0.outputDirectory) }
        let stamp = publisher == nil ? nil : InputStamp.compute(options)
        if let publisher, let cache, let stamp, cache.inputStamp == stamp.digest,
           FileManager.default.fileExists(atPath: publisher.output + "/" + OutputPublisher.marker) {
            return BuildReport(diagnostics: [], pageCount: cache.pages.keys.filter { $0.hasSuffix(".html") }.count)
        }

        let (sources, loadProblems) = await loader.load()
        guard let sources else { return BuildReport(diagnostics: loadProblems.sorted()) }

        let (site, assemblyProblems) = SiteAssembler.assemble(sources, baseURL: options.baseURL)
        guard let site else { return BuildReport(diagnostics: assemblyProblems.sorted()) }
        let fingerprints = SiteFingerprints(sources: sources, options: options, baseURL: site.config.baseURL)

        var (files, renderProblems) = await SiteRenderer.render(site, fingerprints: fingerprints, memory: cache?.pages ?? [:],
                                                                existingOutput: publisher?.output)
        let rendered = files.compactMap { file in file.bytes.map { OutputFile(path: file.path, bytes: $0) } }
        guard renderProblems.isEmpty else { return BuildReport(diagnostics: renderProblems.sorted(), files: rendered) }
        guard let publisher else { return BuildReport(diagnostics: [], files: rendered) }

        let published: OutputPublisher.Result
        do {
            do {
                published = try publisher.publish(files, cache: cache)
            } catch is OutputPublisher.StaleCache {
                BuildCache.remove(forOutput: publisher.outputDirectory)
                cache = nil
                (files, renderProblems) = await SiteRenderer.render(site, fingerprints: fingerprints)
                published = try publisher.publish(files, cache: nil)
            }
        } catch {
            return BuildReport(diagnostics: [.error("cannot write the site into '\(publisher.outputDirectory)': \(error)")], files: rendered)
        }
        remember(files, site: site, stamp: stamp, published: published, previous: cache, publisher: publisher)
        return BuildReport(diagnostics: [], files: files.compactMap { file in file.bytes.map { OutputFile(path: file.path, bytes: $0) } },
                           pageCount: files.filter { $0.path.hasSuffix(".html") }.count, writtenCount: published.written)
    }

    /// Saves what this build did for the next one. A cache that cannot be written only makes
    /// the next build slower, so a failure here is not an error.
    private static func remember(_ files: [RenderedFile], site: Site, stamp: InputStamp.Reading?, published: OutputPublisher.Result,
                                 previous: BuildCache?, publisher: OutputPublisher) {
        let ids = AnchorVerifier(site: site, files: files, memory: previous?.pages ?? [:], existingOutput: publisher.output).targetIDs()
        var cache = BuildCache()
        for file in files {
            guard let fingerprint = file.fingerprint else { continue }
            cache.pages[file.path] = PageMemory(fingerprint: fingerprint, digest: file.digest, anchorChecks: file.anchorChecks, ids: ids[file.path])
        }
        cache.current = published.current
        cache.standby = published.standby
        // Like git's racy-clean rule: a file changed in the same instant as the build could be
        // changed again without its time moving, so only an older state is trusted as a stamp.
        if let stamp, stamp.newestModification < Date().timeIntervalSince1970 - 2 { cache.inputStamp = stamp.digest }
        try? cache.save(forOutput: publisher.outputDirectory)
    }
}
