extension PageRenderer {
    func processIndex() -> PageResult {
        let page = routes.handbook
        let context = context(for: page)
        var values = context.base(
            title: context.strings.text("process.title"),
            description: context.strings.text("process.description", ["site": site.config.title]),
            section: "process")
        if let intro = site.config.handbookIntro { values["intro"] = intro }
        values.merge(chapterList(context, current: nil)) { _, new in new }
        values["printURL"] = context.url(routes.printedHandbook)
        values["licence"] = context.licence(site.config.licence)
        return PageResult(file: render(template: "process", page: page, context: values))
    }

    /// A part's page: its title, its summary and its chapters, as the handbook's index lists them.
    func partIndex(_ part: HandbookPart) -> PageResult {
        let page = routes.part(part)
        let context = context(for: page)
        var values = context.base(
            title: part.title,
            description: part.summary ?? context.strings.text("process.description", ["site": site.config.title]),
            section: "process")
        if let summary = part.summary { values["intro"] = summary }
        let listed = chapterList(context, current: nil)["parts"] as? [[String: Any]] ?? []
        values["chapters"] = listed.first { $0["id"] as? String == "part-" + part.slug }?["chapters"] ?? []
        values["hasChapters"] = true
        values["licence"] = context.licence(site.config.licence)
        return PageResult(file: render(template: "process", page: page, context: values))
    }

    func chapter(at index: Int) -> PageResult {
        let chapter = site.chapters[index]
        let page = routes.chapter(chapter)
        return renderContentPage(
            template: "chapter", page: page, contentPath: chapter.contentPath, body: chapter.body,
            anchors: chapter.anchors,
            search: SearchFields(kind: .chapter, title: chapter.title, summary: chapter.summary)
        ) { context, body in
            var values = context.base(title: chapter.title, description: chapter.summary, section: "process")
            values["chapter"] = [
                "title": chapter.title, "summary": chapter.summary, "number": site.chapterPlaces[index].number,
                "eyebrow": eyebrow(context, at: index),
            ]
            values["content"] = body.html
            addTableOfContents(body.headings, to: &values)
            values.merge(chapterList(context, current: index)) { _, new in new }
            values["licence"] = context.licence(
                chapter.licence ?? site.config.licence, ownedByChapter: chapter.licence != nil)
            values["editURL"] = context.editURL(for: chapter.contentPath)
            if let updated = chapter.updated { values["updated"] = context.format.date(.known(updated)) }
            return values.merging(
                context.neighbours(site.chapters, at: index) {
                    ["title": $0.title, "url": context.url(routes.chapter($0))]
                })
        }
    }

    func page(_ standalone: Page) -> PageResult {
        let page = routes.page(standalone.slug)
        return renderContentPage(
            template: "page", page: page, contentPath: standalone.contentPath, body: standalone.body,
            anchors: standalone.anchors,
            search: SearchFields(kind: .page, title: standalone.title, summary: standalone.summary)
        ) { context, body in
            var values = context.base(
                title: standalone.title, description: standalone.summary, section: standalone.slug)
            values["content"] = body.html
            addTableOfContents(body.headings, to: &values)
            values["editURL"] = context.editURL(for: standalone.contentPath)
            return values
        }
    }

    /// "Chapter 3", or "Mentoring · Chapter 3" in a part, where chapters are numbered afresh.
    func eyebrow(_ context: PageContext, at index: Int) -> String {
        let (part, number) = (site.chapterPlaces[index].part, String(site.chapterPlaces[index].number))
        guard let part else {
            return context.strings.text("process.chapter_number", ["number": number])
        }
        return context.strings.text("process.part_chapter_number", ["number": number, "part": part.title])
    }

    /// The handbook's contents: `chapters` outside parts, then `parts`, each with its `chapters`.
    private func chapterList(_ context: PageContext, current: Int?) -> [String: Any] {
        var outside: [[String: Any]] = []
        var parts: [[String: Any]] = []
        var part: HandbookPart?
        var inPart: [[String: Any]] = []
        func closePart() {
            guard let part else { return }
            var values: [String: Any] = [
                "title": part.title, "id": "part-" + part.slug, "chapters": inPart,
                "partURL": context.url(routes.part(part)),
            ]
            if let summary = part.summary { values["partSummary"] = summary }
            parts.append(values)
            inPart = []
        }
        for (index, chapter) in site.chapters.enumerated() {
            let item: [String: Any] = [
                "title": chapter.title, "summary": chapter.summary,
                "url": context.url(routes.chapter(chapter)), "current": index == current,
            ]
            guard let chapterPart = site.chapterPlaces[index].part else {
                outside.append(item)
                continue
            }
            if chapterPart.folder != part?.folder {
                closePart()
                part = chapterPart
            }
            inPart.append(item)
        }
        closePart()
        var values: [String: Any] = ["chapters": outside, "parts": parts]
        if !outside.isEmpty { values["hasChapters"] = true }
        return values
    }
}
