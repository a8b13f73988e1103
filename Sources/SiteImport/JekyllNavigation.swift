import RoundtableKit
import Yams

/// A sidebar or navigation file from a Jekyll site's `_data/`: sections of links to pages, in
/// the order readers saw them. Read from any of the usual shapes (the documentation theme's
/// `entries`/`folders`/`folderitems`, Minimal Mistakes' `children`, plain lists of `title` and
/// `url`): a mapping with a title and a URL is a link, a titled mapping whose list holds links
/// is a section, anything else is looked through.
struct JekyllNavigation {
    struct Link {
        let title: String
        let url: String
        let location: SourceLocation
        let sourceLine: String?
    }

    struct Section {
        /// nil for links outside any section.
        var title: String?
        var links: [Link]
    }

    /// The file's name without `_sidebar` and extension, or the `product` it names.
    var name: String
    /// `mentor_sidebar`: what a page's `sidebar:` calls this file.
    let stem: String
    var sections: [Section] = []
    /// Sections inside sections, whose links joined the outer one.
    var flattened: [Link] = []
    private var namedByProduct = false

    static let urlKeys = ["url", "link", "href", "path", "page"]
    static let titleKeys = ["title", "name", "text", "label"]

    init?(_ source: SourceText, path: String, notes: inout [Diagnostic]) {
        let context = YAMLContext(source: source, lineOffset: 0)
        let (node, errors) = context.parse(source.text)
        notes += errors.map { Diagnostic(.warning, $0.message, at: $0.location, sourceLine: $0.sourceLine) }
        guard let node else { return nil }
        stem = String(path.split(separator: "/").last!.split(separator: ".").first!)
        name = Self.words(of: stem)
        var top = Section(title: nil, links: [])
        walk(node, into: &top, depth: 0, context: context)
        if !top.links.isEmpty { sections.insert(top, at: 0) }
    }

    private mutating func walk(_ node: Node, into section: inout Section, depth: Int, context: YAMLContext) {
        switch node {
        case .sequence(let items):
            for item in items { walk(item, into: &section, depth: depth, context: context) }
        case .mapping(let mapping):
            let title = Self.titleKeys.lazy.compactMap { mapping.string($0) }.first
            if let product = mapping.string("product"), !namedByProduct {
                name = product
                namedByProduct = true
            }
            if let title, let url = Self.urlKeys.lazy.compactMap({ mapping.string($0) }).first {
                let location = context.location(of: node)
                section.links.append(
                    Link(title: title, url: url, location: location, sourceLine: context.source.line(location.line)))
            }
            let lists = mapping.filter { $0.value.sequence != nil }.map(\.value)
            let holdsLinks = lists.contains { list in
                list.sequence!.contains { item in Self.urlKeys.contains { item.mapping?.value(for: $0) != nil } }
            }
            if let title, holdsLinks, section.title == nil, Self.urlKeys.allSatisfy({ mapping.value(for: $0) == nil }) {
                var inner = Section(title: title, links: [])
                for list in lists { walk(list, into: &inner, depth: depth + 1, context: context) }
                sections.append(inner)
            } else {
                let before = section.links.count
                for list in lists { walk(list, into: &section, depth: depth + 1, context: context) }
                if section.title != nil, title != nil, Self.urlKeys.allSatisfy({ mapping.value(for: $0) == nil }) {
                    flattened += section.links[before...]
                }
            }
        default:
            break
        }
    }

    /// `mentor_sidebar` → "Mentor".
    static func words(of stem: String) -> String {
        var words = FileNames.words(of: stem)
        for suffix in [" sidebar", " navigation", " nav", " toc"] where words.lowercased().hasSuffix(suffix) {
            words = String(words.dropLast(suffix.count))
        }
        return words
    }
}
