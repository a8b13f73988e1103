import CCmark
import Foundation

/// A body parsed by cmark. The only type that touches cmark's nodes: it owns the tree and frees it.
///
/// Use: `MarkdownDocument.render(text, options:rewriteLink:)`, which parses, gives every heading
/// an id, lets the caller rewrite link destinations, renders and frees, in one call.
public final class MarkdownDocument {
    private let root: OpaquePointer
    private let options: MarkdownOptions
    /// The text parsed, kept for link columns. Its own UTF-8 storage is read, not a copy.
    private let text: String
    /// Byte offsets where lines start, made on first use (only link columns need them).
    private lazy var lineStarts: [Int] = withBytes { bytes in
        var starts = [0]
        for offset in bytes.indices where bytes[offset] == 0x0A { starts.append(offset + 1) }
        return starts
    }

    public init(_ text: some StringProtocol, options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
        let text = String(text)
        self.text = text
        var parseOptions = CMARK_OPT_DEFAULT
        if options.smartPunctuation { parseOptions |= CMARK_OPT_SMART }
        root =
            Self.withBytes(of: text) { buffer in
                guard let start = buffer.baseAddress else { return nil }
                return start.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, parseOptions)
                }
            } ?? cmark_node_new(CMARK_NODE_DOCUMENT)
    }

    private static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withBytes(of: text, body)
    }

    deinit {
        cmark_node_free(root)
    }

    /// Parses, assigns heading ids, rewrites link destinations and renders `text` to HTML.
    /// `rewriteLink` returns the new destination, or nil to keep the one written. `collectsText`
    /// false leaves `text` empty, for a body whose words are indexed where it has a page of its own.
    public static func render(
        _ text: some StringProtocol,
        options: MarkdownOptions = MarkdownOptions(),
        collectsText: Bool = true,
        rewriteLink: (LinkReference) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        let document = MarkdownDocument(text, options: options)
        let links = document.rewriteLinks(rewriteLink)
        let rawHTML = options.allowRawHTML ? [] : document.rawHTML()
        let headings = document.assignHeadingIDs()
        return RenderedMarkdown(
            html: document.renderHTML(), headings: headings, links: links, rawHTML: rawHTML,
            text: collectsText ? document.bodyText() : "")
    }

    /// Gives every heading an id. cmark's HTML renderer has no attributes, so each heading is
    /// rendered on its own (with the same options, so safe mode applies) and replaced in the tree
    /// by a custom block holding `<hN id="…">` and that heading's inline HTML. Custom blocks are
    /// emitted as they are, so the document renders exactly as cmark renders it, ids apart.
    /// Call it after `rewriteLinks`, so that links inside headings are rewritten too.
    @discardableResult
    public func assignHeadingIDs() -> [Heading] {
        var slugs = UniqueSlugs()
        var headings: [Heading] = []
        let headingNodes = nodes(ofType: CMARK_NODE_HEADING)
        var previousLevel = options.parentHeadingLevel ?? 0
        // The first heading goes just below the parent, the others keep their distance from it.
        let offset = headingNodes.first.map {
            (options.parentHeadingLevel ?? 0) + 1 - Int(cmark_node_get_heading_level($0))
        }
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            var shown = level
            if let parent = options.parentHeadingLevel, let offset {
                shown = min(max(level + offset, parent + 1), previousLevel + 1, 6)
                previousLevel = shown
            }
            let text = plainText(of: node)
            let generated = slugs.claim(text)
            let id = options.headingIDPrefix + (options.headingIDs[generated] ?? generated)
            headings.append(
                Heading(
                    level: level, text: text, id: id, line: Int(cmark_node_get_start_line(node)),
                    generatedID: generated))
            replaceHeading(node, level: level, shownAs: shown, id: id, text: text)
        }
        return headings
    }

    /// Offers every link and image destination to `rewrite`; returns them all as written.
    @discardableResult
    public func rewriteLinks(_ rewrite: (LinkReference) -> String?) -> [LinkReference] {
        var references: [LinkReference] = []
        for node in nodes(where: { $0 == CMARK_NODE_LINK || $0 == CMARK_NODE_IMAGE }) {
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let reference = LinkReference(
                destination: destination,
                isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                line: Int(cmark_node_get_start_line(node)),
                column: scalarColumn(
                    line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
            )
            references.append(reference)
            if let replacement = rewrite(reference), replacement != destination {
                cmark_node_set_url(node, replacement)
            }
        }
        return references
    }

    /// Every link and image with the byte offset where it starts in the parsed text (its `[` or
    /// `![`), for tools that edit the Markdown itself rather than render it.
    public func linkSpans() -> [LinkSpan] {
        nodes(where: { $0 == CMARK_NODE_LINK || $0 == CMARK_NODE_IMAGE }).map { node in
            let line = Int(cmark_node_get_start_line(node))
            let byteColumn = Int(cmark_node_get_start_column(node))
            let lineStart = line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : 0
            // Inside list items cmark's columns can pass the end of the line; keep to the line.
            let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : text.utf8.count
            return LinkSpan(
                destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                offset: min(lineStart + max(byteColumn, 1) - 1, lineEnd),
                line: line, column: scalarColumn(line: line, byteColumn: byteColumn))
        }
    }

    /// Every HTML block and inline tag that names an element, comments left out. An inline
    /// closing tag is left out too: it closes one reported already.
    /// Call it before `assignHeadingIDs`, which renders headings into custom blocks.
    public func rawHTML() -> [RawHTML] {
        nodes(where: { $0 == CMARK_NODE_HTML_BLOCK || $0 == CMARK_NODE_HTML_INLINE }).compactMap { node in
            let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            guard let tag = RawHTML.tag(of: literal), isBlock || !tag.hasPrefix("</") else { return nil }
            let line = Int(cmark_node_get_start_line(node))
            return RawHTML(
                tag: tag, isBlock: isBlock, line: line,
                column: scalarColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
        }
    }

    /// The words a reader sees outside headings, as plain text: each block's text and code
    /// separated by one space, raw HTML and link destinations left out. For a search index.
    /// Call it after `assignHeadingIDs`, so that headings (now custom blocks) are left out.
    public func bodyText() -> String {
        var text: [UInt8] = []
        func appendSpace() {
            if let last = text.last, last != 0x20 { text.append(0x20) }
        }
        func append(_ literal: UnsafePointer<CChar>?) {
            guard let literal else { return }
            var pointer = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
            while pointer.pointee != 0 {
                let byte = pointer.pointee
                if byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x20 {
                    appendSpace()
                } else {
                    text.append(byte)
                }
                pointer += 1
            }
        }
        guard let iterator = cmark_iter_new(root) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_ITEM { appendSpace() }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                append(cmark_node_get_literal(node))
            case CMARK_NODE_CODE_BLOCK:
                appendSpace()
                append(cmark_node_get_literal(node))
                appendSpace()
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                appendSpace()
            default:
                break
            }
        }
        if text.last == 0x20 { text.removeLast() }
        return String(decoding: text, as: UTF8.self)
    }

    /// The plain text of the first paragraph at the top level of the body (not one inside a list
    /// or a quotation) and the line it starts on, counted from 1; nil when there is none.
    public func firstParagraph() -> (text: String, line: Int)? {
        var node = cmark_node_first_child(root)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH {
                return (plainText(of: current), Int(cmark_node_get_start_line(current)))
            }
            node = cmark_node_next(current)
        }
        return nil
    }

    private var renderOptions: Int32 {
        options.allowRawHTML ? CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
    }

    public func renderHTML() -> String {
        guard let html = cmark_render_html(root, renderOptions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    // MARK: - Tree walking

    private func nodes(ofType type: cmark_node_type) -> [OpaquePointer] {
        nodes(where: { $0 == type })
    }

    /// Collects first, so that callers can change the tree without confusing the iterator.
    private func nodes(where matches: (cmark_node_type) -> Bool) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if matches(cmark_node_get_type(node)) { found.append(node) }
        }
        return found
    }

    private func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    private func replaceHeading(
        _ heading: OpaquePointer, level written: Int, shownAs level: Int, id: String, text: String
    ) {
        let openTag = "<h\(written)>"
        let closeTag = "</h\(written)>\n"
        guard let rendered = cmark_render_html(heading, renderOptions) else { return }
        let html = String(cString: rendered)
        free(rendered)
        guard html.hasPrefix(openTag), html.hasSuffix(closeTag), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        else { return }
        let inner = html.dropFirst(openTag.count).dropLast(closeTag.count)
        let anchor = Self.escapeAttribute(id)
        let link = options.headingLinkLabel.map { label in
            let name = Self.escapeAttribute(label + ": " + text)
            return " <a class=\"heading-link\" href=\"#\(anchor)\" aria-label=\"\(name)\">#</a>"
        }
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(anchor)\">\(inner)\(link ?? "")</h\(level)>")
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }

    /// cmark counts columns in bytes; diagnostics count Unicode scalars, which are the bytes
    /// that do not continue a UTF-8 sequence.
    private func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        return withBytes { bytes in
            let end = min(start + byteColumn - 1, bytes.count)
            return bytes[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
        }
    }

    private static func escapeAttribute(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
