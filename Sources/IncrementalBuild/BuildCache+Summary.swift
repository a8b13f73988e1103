import RoundtableKit

extension BuildCache {
    /// What a build that finds nothing changed needs of the cache. It comes first in the
    /// cache's file with a checksum of its own, so that such a build reads a few hundred
    /// kilobytes instead of checking and decoding the whole cache (which took longer than the
    /// rest of that build).
    struct Summary: Equatable {
        var inputStatus: ContentDigest?
        var outputFolderStatus: ContentDigest?
        var outputFolders = OutputFolders()
        /// Pages in output/.
        var pageCount = 0
        /// The last build's warnings.
        var warnings: [Diagnostic] = []

        /// Nil when the cache is missing, from another version or damaged.
        static func load(forOutput output: String) -> Summary? {
            let file = BuildCache.location(forOutput: output).file
            // The header names the summary's length; a second read takes exactly the summary.
            guard let header = FileReader.bytes(file, upTo: 4096) else { return nil }
            var reader = BinaryReader(header, range: 0..<header.count)
            guard reader.string() == magic, reader.string() == RoundtableVersion.buildIdentity,
                let length = reader.int(), length >= 0, length <= Int.max - 4096
            else { return nil }
            let summaryEnd = header.count - reader.remaining + length
            guard let bytes = FileReader.bytes(file, upTo: summaryEnd + 16), bytes.count == summaryEnd + 16 else {
                return nil
            }
            var trailer = BinaryReader(bytes, range: summaryEnd..<bytes.count)
            guard trailer.digest() == ContentDigest(bytes[..<summaryEnd]) else { return nil }
            var body = BinaryReader(bytes, range: (summaryEnd - length)..<summaryEnd)
            return decode(&body)
        }

        func encode(_ writer: inout BinaryWriter) {
            for digest in [inputStatus, outputFolderStatus] {
                writer.write(digest != nil)
                if let digest { writer.write(digest) }
            }
            outputFolders.encode(&writer)
            writer.write(pageCount)
            Diagnostic.encode(warnings, &writer)
        }

        static func decode(_ reader: inout BinaryReader) -> Summary? {
            var summary = Summary()
            for field in [\Summary.inputStatus, \Summary.outputFolderStatus] {
                guard let isPresent = reader.bool() else { return nil }
                if isPresent {
                    guard let digest = reader.digest() else { return nil }
                    summary[keyPath: field] = digest
                }
            }
            guard let folders = OutputFolders.decode(&reader), let pageCount = reader.int(),
                let warnings = Diagnostic.decodeList(&reader), reader.isAtEnd
            else { return nil }
            summary.outputFolders = folders
            summary.pageCount = pageCount
            summary.warnings = warnings
            return summary
        }
    }

    var summary: Summary {
        Summary(
            inputStatus: inputStatus, outputFolderStatus: outputFolderStatus, outputFolders: outputFolders,
            pageCount: pages.keys.filter { $0.hasSuffix(".html") }.count, warnings: warnings)
    }
}
