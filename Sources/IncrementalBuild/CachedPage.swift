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
    /// What the search index holds of the page.
    let searchEntry: SearchEntry?
}

extension CachedPage {
    /// The page as a build that does not render it again reports it.
    func rendered(at outputPath: String, showing contentPaths: [String]) -> RenderedFile {
        RenderedFile(
            path: outputPath, digest: digest, bytes: nil, origin: .page(showing: contentPaths),
            anchorChecks: anchorChecks, attachments: attachments, warnings: warnings, ids: ids,
            searchEntry: searchEntry)
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
        writer.write(searchEntry != nil)
        if let entry = searchEntry {
            writer.write([
                entry.path, entry.kind.rawValue, entry.title, entry.summary, entry.openingText, entry.otherWords,
            ])
            writer.write(entry.headings.flatMap { [$0.text, $0.id] })
            writer.write(entry.tags)
            writer.write(entry.rounds)
        }
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
        guard let ids = reader.block(), let hasEntry = reader.bool() else { return nil }
        var searchEntry: SearchEntry?
        if hasEntry {
            guard let fields = reader.strings(), fields.count == 6, let kind = SearchEntry.Kind(rawValue: fields[1]),
                let headings = reader.strings(), headings.count % 2 == 0, let tags = reader.strings(),
                let rounds = reader.strings()
            else { return nil }
            searchEntry = SearchEntry(
                path: fields[0], kind: kind, title: fields[2], summary: fields[3],
                headings: stride(from: 0, to: headings.count, by: 2).map {
                    SearchEntry.Heading(text: headings[$0], id: headings[$0 + 1])
                },
                tags: tags, rounds: rounds, openingText: fields[4], otherWords: fields[5])
        }
        return CachedPage(
            inputs: inputs, digest: digest, anchorChecks: checks, attachments: attachments, warnings: warnings,
            ids: ElementIDList(encoded: ids), searchEntry: searchEntry)
    }
}
