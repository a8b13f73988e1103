import Foundation
import IncrementalBuild
import RoundtableKit
import Testing

/// Paths and helpers shared by the tests: fixture sites on disk, in-memory builds.
enum TestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let defaultTheme = repositoryRoot.appendingPathComponent("themes")

    /// Every file below `directory` as text, keyed by `prefix/relative/path`.
    static func readTree(_ directory: URL, prefix: String) -> [String: String] {
        var files: [String: String] = [:]
        for path in FileSystem.disk.listFiles(directory.path) {
            files[prefix + "/" + path] = try? String(
                contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
        }
        return files
    }

    /// The minimal fixture site with the default theme, as an in-memory file tree.
    static func minimalSite() -> [String: String] {
        readTree(fixtures.appendingPathComponent("sites/minimal/content"), prefix: "content")
            .merging(readTree(defaultTheme, prefix: "themes")) { _, theme in theme }
    }

    /// Builds an in-memory site without publishing, as `roundtable check` does.
    static func check(_ files: [String: String], drafts: Bool = false) async -> BuildReport {
        await Build.run(
            BuildOptions(
                contentDirectory: "content", themesDirectory: "themes", outputDirectory: nil, includeDrafts: drafts),
            fileSystem: .memory(files)
        )
    }

    /// The text of a file the build wrote, failing the test if it wrote none there.
    static func text(_ path: String, in report: BuildReport) throws -> String {
        let file = try #require(report.files.first { $0.path == path }, "\(path) was not written")
        return String(decoding: file.bytes, as: UTF8.self)
    }

    /// Builds a content folder on disk with the default theme into `output`.
    static func build(content: URL, into output: URL) async -> BuildReport {
        await Build.run(
            BuildOptions(
                contentDirectory: content.path, themesDirectory: defaultTheme.path, outputDirectory: output.path))
    }

    static let demoContent = repositoryRoot.appendingPathComponent("content")
    static let minimalContent = fixtures.appendingPathComponent("sites/minimal/content")

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Whether tests that need an external tool (cmark, vnu) must fail rather than skip without it.
    static var toolsRequired: Bool {
        ProcessInfo.processInfo.environment["ROUNDTABLE_REQUIRE_TOOLS"] == "1"
    }

    /// For the tests that read output back with a Python library (icalendar, feedparser) or
    /// drive Chromium through `scripts/axe-check`.
    static let python = executablePath("python3")

    static func executablePath(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program, returns its exit status and combined output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil, in directory: URL? = nil) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
