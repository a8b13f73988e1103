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
    public let files: [OutputFile]
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}

/// The pipeline in one function: load → assemble → render → publish.
public enum Build {
    public static func run(_ options: BuildOptions, fileSystem: FileSystem = .disk) async -> BuildReport {
        let loader = SiteLoader(fileSystem: fileSystem, contentDirectory: options.contentDirectory,
                                themesDirectory: options.themesDirectory, includeDrafts: options.includeDrafts)
        let publisher = options.outputDirectory.map(OutputPublisher.init)
        if let refusal = publisher?.refusal(contentDirectory: options.contentDirectory) {
            return BuildReport(diagnostics: [refusal], files: [])
        }
        let (sources, loadProblems) = await loader.load()
        guard let sources else { return BuildReport(diagnostics: loadProblems.sorted(), files: []) }

        let (site, assemblyProblems) = SiteAssembler.assemble(sources, baseURL: options.baseURL)
        guard let site else { return BuildReport(diagnostics: assemblyProblems.sorted(), files: []) }

        let (files, renderProblems) = await SiteRenderer.render(site)
        guard renderProblems.isEmpty else { return BuildReport(diagnostics: renderProblems.sorted(), files: files) }

        if let publisher {
            do {
                try publisher.publish(files)
            } catch {
                return BuildReport(diagnostics: [.error("cannot write the site into '\(publisher.outputDirectory)': \(error.localizedDescription)")], files: files)
            }
        }
        return BuildReport(diagnostics: [], files: files)
    }
}
