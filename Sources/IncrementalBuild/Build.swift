import CRoundtableSystem
import Foundation
import RoundtableKit

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
    /// For a build that writes nothing: whether the report holds every file's bytes (the tests)
    /// or only the problems (`roundtable check`).
    public var keepsFiles = true
    /// `--strict`: warnings are errors, so a site with any is not published (for CI).
    public var strict = false
    /// `--dates-from-git`: a guide or chapter without `updated:` is dated by the last commit
    /// that touched its file, when content/ is in a git repository.
    public var datesFromGit = false
    /// Those days, by path inside content/: read by `Build.run` and by each preview rebuild;
    /// nil when they were asked for and content/ has no history.
    var commitDays: [String: CalendarDate]? = [:]

    public init(
        contentDirectory: String = "content", themesDirectory: String? = nil, outputDirectory: String? = "output",
        baseURL: String? = nil, includeDrafts: Bool = false, staticDirectory: String? = nil
    ) {
        self.contentDirectory = contentDirectory
        self.themesDirectory = themesDirectory ?? Self.besideContent("themes", contentDirectory)
        self.staticDirectory = staticDirectory ?? Self.besideContent("static", contentDirectory)
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }

    mutating func readCommitDays() {
        if datesFromGit { commitDays = CommitDays.below(contentDirectory) }
    }

    /// Themes and static files live beside content/: `<project>/themes`, `<project>/static`.
    static func besideContent(_ name: String, _ contentDirectory: String) -> String {
        let parent = (contentDirectory as NSString).deletingLastPathComponent
        return parent.isEmpty ? name : parent + "/" + name
    }

    func pipelineInput(reader: SourceReader) -> Pipeline.Input {
        var input = Pipeline.Input(
            reader: reader, contentDirectory: contentDirectory, themesDirectory: themesDirectory,
            staticDirectory: staticDirectory, baseURL: baseURL)
        input.includeDrafts = includeDrafts
        input.keepsTopicBodies = outputDirectory == nil
        input.recordsStatistics = outputDirectory != nil
        input.warningsAreErrors = strict
        input.commitDays = commitDays ?? [:]
        if commitDays == nil {
            input.warnings.append(
                .warning(
                    "--dates-from-git: '\(contentDirectory)' is not in a git repository (or git is not installed), "
                        + "so no page is dated from its history"))
        }
        return input
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public let diagnostics: [Diagnostic]
    /// The files of the site, for a build that writes nothing (`check`).
    public let files: [OutputFile]
    /// Pages of the built site.
    public let pageCount: Int
    /// Files written to disk; 0 when nothing changed.
    public let writtenCount: Int
    /// Whether this build added releases to the statistics ledger in content/.
    public var recordedStatistics = false
    /// What the errors kept the build from checking, in a sentence ("fix these and run again").
    public let unchecked: String?

    init(
        diagnostics: [Diagnostic], files: [OutputFile] = [], pageCount: Int = 0, writtenCount: Int = 0,
        unchecked: String? = nil
    ) {
        self.diagnostics = diagnostics
        self.unchecked = unchecked
        self.files = files
        self.pageCount = pageCount
        self.writtenCount = writtenCount
    }

    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}

/// The build entry point: `check` runs the pipeline into memory or nowhere; a build that
/// publishes runs it through the incremental layer (the build cache, the standby tree), which
/// only this folder knows.
public enum Build {
    public static func run(_ options: BuildOptions, fileSystem: FileSystem = .disk) async -> BuildReport {
        var options = options
        options.readCommitDays()
        guard let outputDirectory = options.outputDirectory else {
            let input = options.pipelineInput(reader: PlainSourceReader(fileSystem))
            let outcome = await Pipeline.run(input, into: UnpublishedOutput(keepsBytes: options.keepsFiles))
            let files = outcome.files.compactMap { file in file.bytes.map { OutputFile(path: file.path, bytes: $0) } }
            return BuildReport(
                diagnostics: outcome.diagnostics, files: files,
                pageCount: outcome.pageCount, unchecked: outcome.unchecked)
        }
        let publisher = OutputPublisher(outputDirectory: outputDirectory)
        if let refusal = publisher.refusal(
            contentDirectory: options.contentDirectory, protected: [options.themesDirectory, options.staticDirectory])
        {
            return BuildReport(diagnostics: [refusal])
        }
        return await IncrementalBuild(options: options, publisher: publisher, fileSystem: fileSystem).run()
    }
}
