import Foundation
import RoundtableKit

/// Reads content/ for an incremental build. Before the load stage starts it knows what every
/// file shows: a file whose `stat` matches what the cache trusts from the last build is not read at
/// all, the others are read once here for their digests. So it can tell the load stage which
/// topics' front matter and which rounds need no parsing, and whether the pair files are
/// needed at all: only pages that show statistics need them, and those are all rendered again
/// exactly when the global inputs changed.
struct IncrementalReader: SourceReader {
    let fileSystem: FileSystem
    /// Every file of content/ and of the themes as this build sees it, by path inside its folder.
    let files: [String: CachedFile]
    let themeFiles: [String: CachedFile]
    let pageInputs: PageInputs
    private let cache: BuildCache?

    init(fileSystem: FileSystem, options: BuildOptions, scan: InputScan?, cache: BuildCache?) async {
        let content = options.contentDirectory, themes = options.themesDirectory
        let known = scan.map { scan in
            Dictionary(uniqueKeysWithValues: scan.contentFiles.map { (content + "/" + $0.key, $0.value) }
                + scan.themeFiles.map { (themes + "/" + $0.key, $0.value) })
        } ?? [:]
        // `stat` was called once, in the scan; the load stage asks again for every file.
        self.fileSystem = FileSystem(listFiles: fileSystem.listFiles, read: fileSystem.read, isDirectory: fileSystem.isDirectory,
                                     escape: fileSystem.escape, status: { known[$0] ?? fileSystem.status($0) })
        let contentPaths = scan.map { Array($0.contentFiles.keys) } ?? fileSystem.listFiles(content)
        let themePaths = scan.map { Array($0.themeFiles.keys) } ?? fileSystem.listFiles(themes)
        async let contentFiles = Self.cachedFiles(contentPaths, in: content, statuses: scan?.contentFiles, remembered: cache?.files,
                                                  fileSystem: fileSystem)
        async let themeFiles = Self.cachedFiles(themePaths, in: themes, statuses: scan?.themeFiles, remembered: cache?.themeFiles,
                                                fileSystem: fileSystem)
        files = await contentFiles
        self.themeFiles = await themeFiles
        pageInputs = PageInputs(files: files, themeFiles: self.themeFiles, options: options)
        self.cache = cache
    }

    func rememberedTopic(_ contentPath: String) -> TopicHeader? {
        guard let header = cache?.topics[contentPath], let shown = files[contentPath]?.shown,
              cache?.files[contentPath]?.shown == shown else { return nil }
        return header
    }

    func rememberedRound(_ contentPath: String, text: SourceText) -> Round? {
        guard let cached = cache?.rounds[contentPath], cached.whole == ContentDigest(text.text) else { return nil }
        return cached.round(readFrom: text)
    }

    func skipsPairFile(_ contentPath: String) -> Bool {
        cache?.global == pageInputs.global
    }

    /// What each file shows: from the cache where it vouches for the file, else read now.
    private static func cachedFiles(_ paths: [String], in folder: String, statuses: [String: FileStatus]?,
                                 remembered: [String: CachedFile]?, fileSystem: FileSystem) async -> [String: CachedFile] {
        let cached = await Parallel.map(paths) { path -> CachedFile? in
            let status = statuses?[path]
            if let cached = remembered?[path], cached.vouches(for: status) { return cached }
            guard let bytes = try? fileSystem.read(folder + "/" + path) else { return nil }
            let whole = ContentDigest(bytes)
            guard path.hasSuffix(".md"), case .success(let text) = TextDecoder.decode(bytes, path: path) else {
                return CachedFile(status: status, whole: whole, shown: whole)
            }
            return CachedFile(status: status, whole: whole, shown: FrontMatter.metadataDigest(of: text.text))
        }
        return Dictionary(uniqueKeysWithValues: zip(paths, cached).compactMap { path, file in file.map { (path, $0) } })
    }
}
