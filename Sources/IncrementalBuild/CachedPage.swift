import RoundtableKit

/// What the build cache remembers of one output file: the inputs of its inputs, the digest
/// of its bytes, and what its rendering left to check once every page exists.
struct CachedPage: Sendable {
    let inputs: ContentDigest
    let digest: ContentDigest
    let anchorChecks: [AnchorCheck]
    /// The files beside the content the page links to, published with it.
    let attachments: [String]
    /// The warnings rendering it gave (raw HTML left out, questionable links), reported again
    /// by the builds that take the page from the cache.
    let warnings: [Diagnostic]
    /// The page's element ids, for links into it from pages rendered later.
    let ids: ElementIDList
    /// The page's path in the search index, if it has a line there. The line itself is taken
    /// from the index output/ holds: keeping every entry made the cache three times larger.
    let searchPath: String?
}

extension CachedPage {
    /// The page as a build that does not render it again reports it.
    /// Nil when the page has a line in the search index and `searchLines` lack it: then it is rendered again.
    func rendered(at outputPath: String, showing contentPaths: [String], searchLines: [String: SearchIndex.Line]?)
        -> RenderedFile?
    {
        var line: SearchIndex.Line?
        if let searchPath {
            guard let found = searchLines?[searchPath] else { return nil }
            line = found
        }
        return RenderedFile(
            path: outputPath, digest: digest, bytes: nil, origin: .page(showing: contentPaths),
            anchorChecks: anchorChecks, attachments: attachments, warnings: warnings, ids: ids, searchLine: line)
    }

    func encode(_ writer: inout BinaryWriter) {
        writer.write(inputs)
        writer.write(digest)
        writer.write(anchorChecks.count)
        for check in anchorChecks {
            writer.write([check.target, check.fragment, check.written, check.location.file, check.sourceLine ?? ""])
            writer.write(check.location.line)
            writer.write(check.location.column)
            writer.write(check.sourceLine != nil)
        }
        writer.write(attachments)
        Diagnostic.encode(warnings, &writer)
        writer.write(block: ids.encoded)
        writer.write(searchPath != nil)
        if let searchPath { writer.write(searchPath) }
    }

    static func decode(_ reader: inout BinaryReader) -> CachedPage? {
        guard let inputs = reader.digest(), let digest = reader.digest(), let checkCount = reader.int(),
            checkCount >= 0,
            checkCount <= reader.remaining
        else { return nil }
        var checks: [AnchorCheck] = []
        for _ in 0..<checkCount {
            guard let fields = reader.strings(), fields.count == 5, let line = reader.int(), let column = reader.int(),
                let hasLine = reader.bool()
            else { return nil }
            checks.append(
                AnchorCheck(
                    target: fields[0], fragment: fields[1],
                    location: SourceLocation(file: fields[3], line: line, column: column),
                    sourceLine: hasLine ? fields[4] : nil, written: fields[2]))
        }
        guard let attachments = reader.strings(), let warnings = Diagnostic.decodeList(&reader) else { return nil }
        guard let ids = reader.block(), let hasSearchPath = reader.bool() else { return nil }
        var searchPath: String?
        if hasSearchPath {
            guard let path = reader.string() else { return nil }
            searchPath = path
        }
        return CachedPage(
            inputs: inputs, digest: digest, anchorChecks: checks, attachments: attachments, warnings: warnings,
            ids: ElementIDList(encoded: ids), searchPath: searchPath)
    }
}
