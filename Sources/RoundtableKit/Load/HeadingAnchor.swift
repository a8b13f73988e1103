/// A heading's id chosen in front matter (`anchors:`), so that links to an old anchor keep
/// working after a move: the key is the id the heading's text gives it, the value the id it
/// gets instead. The Markdown itself stays plain CommonMark, rendered by cmark as it is.
public struct HeadingAnchor: Sendable, Equatable {
    /// `what-is-google-summer-of-code`: the id Roundtable gives the heading from its text.
    public let generated: String
    /// `what-is-gsoc`: the id it has on the page.
    public let id: String
    package let location: SourceLocation
    package let sourceLine: String?

    package init(generated: String, id: String, location: SourceLocation, sourceLine: String?) {
        self.generated = generated
        self.id = id
        self.location = location
        self.sourceLine = sourceLine
    }

    /// Reads `anchors:`, a mapping of generated ids to chosen ones.
    static func read(from reader: inout MappingReader) -> [HeadingAnchor] {
        guard let node = reader.valueNode("anchors"), reader.has("anchors") else { return [] }
        guard let mapping = node.mapping else {
            reader.report(
                "'anchors' must map a heading's id to the id it should have, such as 'why-pairs: why'", at: node)
            return []
        }
        var anchors: [HeadingAnchor] = []
        var taken: Set<String> = []
        for (key, value) in mapping {
            guard let generated = key.scalar?.string, isID(generated) else {
                reader.report(
                    "a key of 'anchors' must be a heading's id as the page has it, such as 'why-pairs'", at: key)
                continue
            }
            guard let id = value.scalar?.string, isID(id) else {
                reader.report(
                    "an id in 'anchors' must be letters, digits, '-', '_' or '.', without spaces, such as 'why'",
                    at: value)
                continue
            }
            guard taken.insert(id).inserted else {
                reader.report("two headings in 'anchors' would both have the id '\(id)'", at: value)
                continue
            }
            let location = reader.context.location(of: key)
            anchors.append(
                HeadingAnchor(
                    generated: generated, id: id, location: location,
                    sourceLine: reader.context.source.line(location.line)))
        }
        return anchors
    }

    private static func isID(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-")
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
            }
    }
}
