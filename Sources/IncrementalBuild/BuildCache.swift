import Foundation
import RoundtableKit

/// The build cache, kept outside output/ (`.roundtable-cache/<output-name>` beside it): what
/// the last successful build read, rendered and wrote. It is only ever a shortcut: a missing,
/// old or corrupt cache (checked by a SHA-256 over its bytes) means a full build.
struct BuildCache: Sendable {
    static let magic = "roundtable-cache-23"

    /// Sizes and modification times of every input, with the options and version.
    var inputStatus: ContentDigest?
    /// What every page of the last build showed (`PageInputs.global`).
    var global: ContentDigest?
    /// By output path.
    var pages: [String: CachedPage] = [:]
    /// What output/ holds, by path.
    var current: [String: ContentDigest] = [:]
    /// What the standby tree beside output/ holds, if there is one.
    var standby: [String: ContentDigest]?
    /// Every file of content/ read by the last build, by path inside it.
    var files: [String: CachedFile] = [:]
    /// Of every file of the themes folder, by path inside it.
    var themeFiles: [String: CachedFile] = [:]
    /// Parsed topic front matter by path inside content/.
    var topics: [String: TopicHeader] = [:]
    /// Parsed round files by path inside content/.
    var rounds: [String: CachedRound] = [:]
    /// The statistics ledger as the last build read it.
    var ledger: CachedLedger?
    /// output/'s folders after the last build, and the digest of their status.
    var outputFolders = OutputFolders()
    var outputFolderStatus: ContentDigest?
    /// The last build's warnings, reported again by a build that finds nothing changed.
    var warnings: [Diagnostic] = []

    static func location(forOutput output: String) -> (directory: String, file: String) {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let directory = url.deletingLastPathComponent().appendingPathComponent(".roundtable-cache").path
        return (directory, directory + "/" + url.lastPathComponent + ".bin")
    }

    static func load(forOutput output: String) -> BuildCache? {
        guard let bytes = FileReader.bytes(location(forOutput: output).file), bytes.count > 16 else { return nil }
        let payloadEnd = bytes.count - 16
        var trailer = BinaryReader(bytes, range: payloadEnd..<bytes.count)
        guard let checksum = trailer.digest(), checksum == ContentDigest(bytes[..<payloadEnd]) else { return nil }
        var reader = BinaryReader(bytes, range: 0..<payloadEnd)
        return decode(&reader)
    }

    func save(forOutput output: String) throws {
        // About 600 bytes a page, most of it topics and element ids: growing the buffer instead
        // copied it a few times over.
        var writer = BinaryWriter(capacity: 1024 + 640 * pages.count)
        encode(&writer)
        writer.write(ContentDigest(writer.bytes))
        let (directory, file) = Self.location(forOutput: output)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileWriter.replace(writer.bytes, at: file)
    }

    static func remove(forOutput output: String) {
        FileWriter.remove(location(forOutput: output).file)
    }

    // MARK: - Encoding

    private func encode(_ writer: inout BinaryWriter) {
        writer.write(Self.magic)
        writer.write(RoundtableVersion.buildIdentity)
        var summaryWriter = BinaryWriter()
        summary.encode(&summaryWriter)
        writer.write(block: summaryWriter.bytes)
        writer.write(ContentDigest(writer.bytes))
        writer.write(global != nil)
        if let global { writer.write(global) }
        writer.write(pages.count)
        for (path, page) in pages {
            writer.write(path)
            page.encode(&writer)
        }
        // What output/ holds is mostly the pages as rendered, and the standby tree mostly the
        // same again: each is stored as its differences.
        Self.encode(current, relativeTo: pages.mapValues(\.digest), &writer)
        writer.write(standby != nil)
        if let standby { Self.encode(standby, relativeTo: current, &writer) }
        writer.write(topics.count)
        for (path, topic) in topics {
            writer.write(path)
            topic.encode(&writer)
        }
        for files in [files, themeFiles] {
            writer.write(files.count)
            for (path, file) in files {
                writer.write(path)
                file.encode(&writer)
            }
        }
        writer.write(rounds.count)
        for (path, round) in rounds {
            writer.write(path)
            round.encode(&writer)
        }
        writer.write(ledger != nil)
        ledger?.encode(&writer)
    }

    private static func encode(
        _ manifest: [String: ContentDigest], relativeTo base: [String: ContentDigest], _ writer: inout BinaryWriter
    ) {
        let changed = manifest.filter { base[$0.key] != $0.value }
        writer.write(changed.count)
        for (path, digest) in changed {
            writer.write(path)
            writer.write(digest)
        }
        writer.write(base.keys.filter { manifest[$0] == nil })
    }

    private static func decode(_ reader: inout BinaryReader) -> BuildCache? {
        guard reader.string() == magic, reader.string() == RoundtableVersion.buildIdentity else { return nil }
        var cache = BuildCache()
        // The summary's own checksum is for `Summary.load`; the whole file's covers it here.
        guard var summaryReader = reader.blockReader(), let summary = Summary.decode(&summaryReader),
            reader.digest() != nil, let hasGlobal = reader.bool()
        else { return nil }
        cache.inputStatus = summary.inputStatus
        cache.outputFolderStatus = summary.outputFolderStatus
        cache.outputFolders = summary.outputFolders
        cache.warnings = summary.warnings
        if hasGlobal {
            guard let global = reader.digest() else { return nil }
            cache.global = global
        }
        guard let pageCount = reader.int(), pageCount >= 0, pageCount <= reader.remaining else { return nil }
        cache.pages.reserveCapacity(pageCount)
        for _ in 0..<pageCount {
            guard let path = reader.string(), let page = CachedPage.decode(&reader) else { return nil }
            cache.pages[path] = page
        }
        guard let current = decodeManifest(&reader, relativeTo: cache.pages.mapValues(\.digest)),
            let hasStandby = reader.bool()
        else { return nil }
        cache.current = current
        if hasStandby {
            guard let standby = decodeManifest(&reader, relativeTo: current) else { return nil }
            cache.standby = standby
        }
        guard let topicCount = reader.int(), topicCount >= 0, topicCount <= reader.remaining else { return nil }
        cache.topics.reserveCapacity(topicCount)
        for _ in 0..<topicCount {
            guard let path = reader.string(), let topic = TopicHeader.decode(&reader) else { return nil }
            cache.topics[path] = topic
        }
        for field in [\BuildCache.files, \BuildCache.themeFiles] {
            guard let count = reader.int(), count >= 0, count <= reader.remaining else { return nil }
            for _ in 0..<count {
                guard let path = reader.string(), let file = CachedFile.decode(&reader) else { return nil }
                cache[keyPath: field][path] = file
            }
        }
        guard let roundCount = reader.int(), roundCount >= 0, roundCount <= reader.remaining else { return nil }
        for _ in 0..<roundCount {
            guard let path = reader.string(), let round = CachedRound.decode(&reader) else { return nil }
            cache.rounds[path] = round
        }
        guard let hasLedger = reader.bool() else { return nil }
        if hasLedger {
            guard let ledger = CachedLedger.decode(&reader) else { return nil }
            cache.ledger = ledger
        }
        return reader.isAtEnd ? cache : nil
    }

    private static func decodeManifest(_ reader: inout BinaryReader, relativeTo base: [String: ContentDigest])
        -> [String: ContentDigest]?
    {
        guard let count = reader.int(), count >= 0, count <= reader.remaining else { return nil }
        var manifest = base
        for _ in 0..<count {
            guard let path = reader.string(), let digest = reader.digest() else { return nil }
            manifest[path] = digest
        }
        guard let removed = reader.strings() else { return nil }
        for path in removed { manifest[path] = nil }
        return manifest
    }
}
