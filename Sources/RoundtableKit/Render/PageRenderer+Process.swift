extension PageRenderer {
    func processIndex() -> PageResult {
        let page = routes.handbook
        let context = PageContext(site: site, page: page)
        var values = context.base(
            title: context.strings.text("process.title"),
            description: context.strings.text("process.description", ["site": site.config.title]),
            section: "process")
        if let intro = site.config.handbookIntro { values["intro"] = intro }
        values["chapters"] = chapterList(context, current: nil)
        values["printURL"] = context.url(routes.printedHandbook)
        values["licence"] = context.licence(site.config.licence)
        return PageResult(file: render(template: "process", page: page, context: values))
    }

    func chapter(at index: Int) -> PageResult {
        let chapter = site.chapters[index]
        let page = routes.chapter(chapter.slug)
        return renderContentPage(
            template: "chapter", page: page, contentPath: chapter.contentPath, body: chapter.body,
            search: SearchFields(kind: .chapter, title: chapter.title, summary: chapter.summary)
        ) { context, body in
            var values = context.base(title: chapter.title, description: chapter.summary, section: "process")
            values["chapter"] = ["title": chapter.title, "summary": chapter.summary, "number": index + 1]
            values["content"] = body.html
            addTableOfContents(body.headings, to: &values)
            values["chapters"] = chapterList(context, current: index)
            values["licence"] = context.licence(
                chapter.licence ?? site.config.licence, ownedByChapter: chapter.licence != nil)
            values["editURL"] = context.editURL(for: chapter.contentPath)
            if let updated = chapter.updated { values["updated"] = context.format.date(.known(updated)) }
            return values.merging(
                context.neighbours(site.chapters, at: index) {
                    ["title": $0.title, "url": context.url(routes.chapter($0.slug))]
                })
        }
    }

    func page(_ standalone: Page) -> PageResult {
        let page = routes.page(standalone.slug)
        return renderContentPage(
            template: "page", page: page, contentPath: standalone.contentPath, body: standalone.body,
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

    private func chapterList(_ context: PageContext, current: Int?) -> [[String: Any]] {
        site.chapters.enumerated().map { offset, chapter in
            [
                "number": offset + 1, "title": chapter.title, "summary": chapter.summary,
                "url": context.url(routes.chapter(chapter.slug)), "current": offset == current,
            ]
        }
    }
}
