import Foundation
import RoundtableKit

/// Reads content/ for an incremental build and knows what every file shows (a Markdown file's
/// front matter; all of any other file). With a cache, it knows that before the load stage
/// starts: a file whose status the cache trusts is not read at all, the others are read once
/// here. So it can tell the load stage which topics' front matter and which rounds need no
/// parsing, and whether the pair files are needed: only pages that show statistics need them,
/// and those are all rendered again exactly when the global inputs digest changed. Without a
/// cache, it digests each file as the load stage reads it, so nothing is read twice.
final class IncrementalReader: SourceReader, @unchecked Sendable {
    private(set) var fileSystem: FileSystem
    /// The file system as given, which records nothing.
    private let base: FileSystem
    private let options: BuildOptions
    private let scan: InputScan?
    private let cache: BuildCache?
    private let lock = NSLock()
    /// By path inside content/ and inside the themes folder.
    private var files: [String: CachedFile] = [:]
    private var themeFiles: [String: CachedFile] = [:]
    /// Before loading, for a build with a cache.
    private(set) var pageInputs: PageInputs?

    init(fileSystem base: FileSystem, options: BuildOptions, scan: InputScan?, cache: BuildCache?) async {
        self.options = options
        self.scan = scan
        self.cache = cache
        let known =
            scan.map { scan in
                Dictionary(
                    uniqueKeysWithValues: scan.contentFiles.map { (options.contentDirectory + "/" + $0.key, $0.value) }
                        + scan.themeFiles.map { (options.themesDirectory + "/" + $0.key, $0.value) })
            } ?? [:]
        self.base = base
        fileSystem = base
        // The folders were walked and `stat` called once, in the scan; the load stage asks
        // again for every folder and file.
        fileSystem = FileSystem(
            listFiles: { directory in scan?.files(below: directory) ?? base.listFiles(directory) },
            read: { [unowned self] path in
                let bytes = try base.read(path)
                record(bytes, at: path)
                return bytes
            }, isDirectory: base.isDirectory, escape: base.escape, status: { known[$0] ?? base.status($0) })
        guard let cache else { return }
        async let content = Self.cached(
            scannedPaths(\.contentFiles, in: options.contentDirectory), in: options.contentDirectory,
            statuses: scan?.contentFiles, cache: cache.files, fileSystem: base)
        async let themes = Self.cached(
            scannedPaths(\.themeFiles, in: options.themesDirectory), in: options.themesDirectory,
            statuses: scan?.themeFiles, cache: cache.themeFiles, fileSystem: base)
        files = await content
        themeFiles = await themes
        pageInputs = PageInputs(files: files, themeFiles: themeFiles, options: options)
    }

    func rememberedTopic(_ contentPath: String) -> TopicHeader? {
        guard let header = cache?.topics[contentPath], let shown = lock.withLock({ files[contentPath]?.shown }),
            cache?.files[contentPath]?.shown == shown
        else { return nil }
        return header
    }

    func rememberedRound(_ contentPath: String, text: SourceText) -> Round? {
        guard let cached = cache?.rounds[contentPath], cached.whole == ContentDigest(text.text) else { return nil }
        return cached.round(readFrom: text)
    }

    /// Unread when the cache vouches for the file; its digest is known either way once asked.
    func rememberedLedger() -> StatisticsLedger? {
        guard let cached = cache?.ledger else { return nil }
        let path = options.contentDirectory + "/" + StatisticsLedger.fileName
        guard
            let whole = lock.withLock({ files[StatisticsLedger.fileName]?.whole })
                ?? (try? base.read(path)).map({ bytes in
                    record(bytes, at: path)
                    return ContentDigest(bytes)
                }),
            whole == cached.whole
        else { return nil }
        return cached.ledger
    }

    /// Not under `--strict`: a warning about a pair file must fail the build before it publishes.
    func skipsPairFile(_ contentPath: String) -> Bool {
        !options.strict && cache?.global != nil && cache?.global == pageInputs?.global
    }

    /// Whether the load stage was told to leave the pair files unread.
    var skipsPairFiles: Bool { skipsPairFile("") }

    /// Every file of content/ and of the themes as this build saw it, those it did not read
    /// (files the site does not use) read now, so that every build digests the same set.
    func completed() async -> (files: [String: CachedFile], themeFiles: [String: CachedFile], pageInputs: PageInputs) {
        let (seen, seenThemes) = lock.withLock { (files, themeFiles) }
        let content = scannedPaths(\.contentFiles, in: options.contentDirectory).filter { seen[$0] == nil }
        let themes = scannedPaths(\.themeFiles, in: options.themesDirectory).filter { seenThemes[$0] == nil }
        async let more = Self.cached(
            content, in: options.contentDirectory, statuses: scan?.contentFiles, cache: nil,
            fileSystem: base)
        async let moreThemes = Self.cached(
            themes, in: options.themesDirectory, statuses: scan?.themeFiles, cache: nil,
            fileSystem: base)
        let all = seen.merging(await more) { first, _ in first }
        let allThemes = seenThemes.merging(await moreThemes) { first, _ in first }
        return (all, allThemes, PageInputs(files: all, themeFiles: allThemes, options: options))
    }

    private func scannedPaths(_ files: KeyPath<InputScan, [String: FileStatus]>, in folder: String) -> [String] {
        scan.map { Array($0[keyPath: files].keys) } ?? base.listFiles(folder)
    }

    /// Keeps what a file read by the load stage shows, unless the cache told it already.
    private func record(_ bytes: Data, at path: String) {
        for (folder, isTheme) in [(options.contentDirectory, false), (options.themesDirectory, true)] {
            guard path.hasPrefix(folder + "/") else { continue }
            let relative = String(path.dropFirst(folder.count + 1))
            let statuses = isTheme ? scan?.themeFiles : scan?.contentFiles
            let file = Self.cachedFile(bytes, path: relative, status: statuses?[relative])
            lock.withLock {
                if isTheme {
                    if themeFiles[relative] == nil { themeFiles[relative] = file }
                } else if files[relative] == nil {
                    files[relative] = file
                }
            }
            return
        }
    }

    private static let nothing = ContentDigest(Data())

    /// What each file shows: from the cache where it vouches for the file, else read now.
    private static func cached(
        _ paths: [String], in folder: String, statuses: [String: FileStatus]?,
        cache: [String: CachedFile]?, fileSystem: FileSystem
    ) async -> [String: CachedFile] {
        let cached = await Parallel.map(paths) { path -> CachedFile? in
            let status = statuses?[path]
            if let file = cache?[path], file.vouches(for: status) { return file }
            guard let bytes = try? fileSystem.read(folder + "/" + path) else { return nil }
            return cachedFile(bytes, path: path, status: status)
        }
        return Dictionary(uniqueKeysWithValues: zip(paths, cached).compactMap { path, file in file.map { (path, $0) } })
    }

    private static func cachedFile(_ bytes: Data, path: String, status: FileStatus?) -> CachedFile {
        let whole = ContentDigest(bytes)
        // Pages link to an image or a PDF by its path; they are copied on every build, so a
        // new photo under the same name renders no page again.
        if Attachment.kind(of: path) == .attachment { return CachedFile(status: status, whole: whole, shown: nothing) }
        guard path.hasSuffix(".md"), case .success(let text) = TextDecoder.decode(bytes, path: path) else {
            return CachedFile(status: status, whole: whole, shown: whole)
        }
        return CachedFile(status: status, whole: whole, shown: FrontMatter.metadataDigest(of: text.text))
    }
}
