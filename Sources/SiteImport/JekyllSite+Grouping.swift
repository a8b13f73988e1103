import RoundtableKit

/// How a Jekyll site's pages become the handbook's parts: by its sidebars when it has them
/// (a section is a part, in the sidebar's order), else by each page's `section` (or `parent`)
/// and folder, in `order`.
extension JekyllSite {
    mutating func group(_ chapters: [SourceChapter], pages: [Page], into book: inout SourceBook) {
        var byKey: [String: Int] = [:]
        for (index, chapter) in chapters.enumerated() {
            for url in chapter.oldURLs where byKey[SitePath.key(url)] == nil { byKey[SitePath.key(url)] = index }
        }
        var placed: Set<Int> = []
        var guides: [(name: String, sections: [(title: String?, members: [Int])])] = []
        for navigation in readNavigations() {
            var sections: [(title: String?, members: [Int])] = []
            var unmatched: [JekyllNavigation.Link] = []
            for section in navigation.sections {
                var members: [Int] = []
                for link in section.links {
                    switch match(link.url, in: navigation, book: book, byKey: byKey, pages: pages) {
                    case .page(let index):
                        if placed.insert(index).inserted { members.append(index) }
                    case .elsewhere:
                        continue
                    case .nothing:
                        unmatched.append(link)
                    }
                }
                if !members.isEmpty { sections.append((section.title, members)) }
            }
            // A data file none of whose entries is a page is some other list, not a sidebar.
            if !sections.isEmpty {
                notes += unmatched.map { link in
                    Diagnostic(
                        .warning, "sidebar entry '\(link.title)' (\(link.url)) leads to no page of the site",
                        at: link.location, sourceLine: link.sourceLine)
                }
            }
            if let first = navigation.flattened.first, !sections.isEmpty {
                notes.append(
                    Diagnostic(
                        .note,
                        "sections inside sections of this sidebar joined the section around them: "
                            + "the handbook has one level of parts", at: first.location, sourceLine: first.sourceLine))
            }
            if !sections.isEmpty { guides.append((navigation.name, sections)) }
        }
        guard !guides.isEmpty else {
            groupByFolder(chapters, pages: pages, into: &book)
            return
        }
        for (name, sections) in guides {
            for (title, members) in sections {
                let partTitle = guides.count > 1 ? title.map { "\(name): \($0)" } ?? name : title
                if let partTitle {
                    book.parts.append(SourcePart(title: partTitle, chapters: members.map { chapters[$0] }))
                } else {
                    book.looseChapters += members.map { chapters[$0] }
                }
            }
        }
        for index in chapters.indices where !placed.contains(index) {
            if let skipped = Self.notImported(chapters[index]) {
                notes.append(Diagnostic(.note, skipped, at: chapters[index].source.location(line: 1)))
                continue
            }
            notes.append(
                Diagnostic(
                    .note, "in no sidebar: imported as a chapter outside the parts",
                    at: chapters[index].source.location(line: 1)))
            book.looseChapters.append(chapters[index])
        }
    }

    /// Why a page outside the sidebars is left out, if it is: the home page and the 404 page
    /// are the new site's own.
    static func notImported(_ chapter: SourceChapter) -> String? {
        let address = SitePath.key(chapter.oldURLs.first ?? "")
        if address.isEmpty { return "the home page is not imported: put what it says in site.yaml's 'intro'" }
        if address == "404" { return "the 404 page is not imported: Roundtable writes its own" }
        return nil
    }

    private enum Match {
        case page(Int)
        /// Another site, or a file rather than a page.
        case elsewhere
        case nothing
    }

    private func match(
        _ written: String, in navigation: JekyllNavigation, book: SourceBook, byKey: [String: Int], pages: [Page]
    ) -> Match {
        let (basePath, siteURL) = (book.basePath, book.baseURL)
        var url = Substring(written)
        for prefix in ["{{ site.baseurl }}", "{{site.baseurl}}"] where url.hasPrefix(prefix) {
            url = url.dropFirst(prefix.count)
        }
        if let siteURL, url.hasPrefix(siteURL) { url = "/" + url.dropFirst(siteURL.count) }
        if url.contains("://") || url.hasPrefix("mailto:") || url.hasPrefix("#") { return .elsewhere }
        if let hash = url.firstIndex(of: "#") { url = url[..<hash] }
        if !basePath.isEmpty, url.hasPrefix(basePath + "/") { url = url.dropFirst(basePath.count) }
        let key = SitePath.key(String(url))
        if let index = byKey[key] { return .page(index) }
        guard !key.contains("/") else { return .nothing }
        // The documentation theme's short names: the page's file name or its address's last part,
        // among the pages whose `sidebar:` names this file when there are several.
        let candidates = pages.indices.filter { index in
            let stem = pages[index].path.split(separator: "/").last!.split(separator: ".").first!
            let unnumbered = stem.drop { $0.isNumber }.drop { $0 == "-" || $0 == "_" }
            return unnumbered == key || stem == key
                || pages[index].oldURLs.contains { url in
                    let last = url.split(separator: "/").last ?? ""
                    return (last.hasSuffix(".html") ? last.dropLast(5) : last) == key
                }
        }
        let ownPages = candidates.count > 1 ? candidates.filter { pages[$0].sidebar == navigation.stem } : candidates
        return ownPages.count == 1 ? .page(ownPages[0]) : .nothing
    }

    private mutating func readNavigations() -> [JekyllNavigation] {
        let data = folder.folder("_data")
        return data.files { _ in false }.filter { ["yml", "yaml"].contains(Self.fileExtension(of: $0)) }.compactMap {
            path in
            data.source(path).flatMap { JekyllNavigation($0, path: path, notes: &notes) }
        }
    }

    /// Without sidebars: a part for each folder and `section`, in the pages' `order`.
    private func groupByFolder(_ chapters: [SourceChapter], pages: [Page], into book: inout SourceBook) {
        let sorted = chapters.indices.sorted { left, right in
            let (a, b) = (pages[left], pages[right])
            let (folderA, folderB) = (SitePath.folder(of: a.path), SitePath.folder(of: b.path))
            if folderA != folderB { return folderA < folderB }
            if a.order != b.order { return (a.order ?? Int.max) < (b.order ?? Int.max) }
            return a.path < b.path
        }
        let sectionedFolders = Set(pages.filter { $0.section != nil }.map { SitePath.folder(of: $0.path) })
        var order: [String] = []
        var groups: [String: (title: String?, members: [Int])] = [:]
        for index in sorted {
            let page = pages[index]
            let folder = SitePath.folder(of: page.path)
            let folderName = folder.split(separator: "/").last.map { JekyllNavigation.words(of: String($0)) }
            var title: String?
            if let section = page.section {
                title = sectionedFolders.count > 1 ? folderName.map { "\($0): \(section)" } ?? section : section
            } else {
                title = folderName
            }
            let key = folder + "\u{0}" + (page.section ?? "")
            if groups[key] == nil { order.append(key) }
            groups[key, default: (title, [])].members.append(index)
        }
        for key in order {
            let (title, members) = groups[key]!
            if let title {
                book.parts.append(SourcePart(title: title, chapters: members.map { chapters[$0] }))
            } else {
                book.looseChapters += members.map { chapters[$0] }.filter { Self.notImported($0) == nil }
            }
        }
    }
}
