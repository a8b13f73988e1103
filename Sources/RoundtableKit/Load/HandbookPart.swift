/// A part of the process handbook: a sub-folder of content/process/ (`02-mentoring/`), its
/// chapters numbered within it and published below its slug (`process/mentoring/first-meeting/`).
/// Its title and order come from an optional `_part.yaml` in the folder, else from the folder's
/// name: `02-mentoring` is part 2, "Mentoring".
public struct HandbookPart: Sendable {
    public let slug: String
    public let title: String
    public let order: Int?
    /// A sentence under the part's heading in the handbook's index.
    public let summary: String?
    /// The folder's name inside process/.
    public let folder: String
    /// `process/02-mentoring/_part.yaml` when the part has one.
    public let contentPath: String?

    static let fileName = "_part.yaml"
    static let allowedKeys = ["title", "order", "summary"]

    /// The part a folder makes without `_part.yaml`.
    init(folder: String) {
        let (prefix, slug) = MarkdownFile.slugAndPrefix(fileName: folder)
        let words = slug.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        self.init(
            slug: slug, title: words.prefix(1).uppercased() + words.dropFirst(), order: prefix, summary: nil,
            folder: folder, contentPath: nil)
    }

    init(slug: String, title: String, order: Int?, summary: String?, folder: String, contentPath: String?) {
        self.slug = slug
        self.title = title
        self.order = order
        self.summary = summary
        self.folder = folder
        self.contentPath = contentPath
    }

    /// Reads `process/<folder>/_part.yaml`: `title`, and `order` and `summary` if wanted.
    static func load(_ source: SourceText, folder: String, contentPath: String) -> (HandbookPart?, [Diagnostic]) {
        let context = YAMLContext(source: source, lineOffset: 0)
        let (node, parseErrors) = context.parse(source.text)
        guard let node else {
            let empty = source.error("_part.yaml is empty: give the part a title", line: 1)
            return (nil, parseErrors.isEmpty ? [empty] : parseErrors)
        }
        var reader = MappingReader(node, context: context, subject: "part", allowedKeys: allowedKeys)
        let title = reader.string("title", required: true)
        let order = reader.integer("order", required: false)
        let summary = reader.string("summary", required: false)
        guard reader.diagnostics.isEmpty, let title else { return (nil, reader.diagnostics) }
        let named = HandbookPart(folder: folder)
        return (
            HandbookPart(
                slug: named.slug, title: title, order: order ?? named.order, summary: summary, folder: folder,
                contentPath: contentPath),
            []
        )
    }
}
