import Markdown

/// Pages made to be printed or saved as one PDF, as mdBook's print page is: a round's pack (its
/// dates and every guide of its schedule) and the whole handbook. Each body is rendered again,
/// embedded (headings one level down, ids prefixed by its slug); what it reports was reported
/// by its own page already, so it is not reported twice.
extension PageRenderer {
    func pack(_ round: Round) -> PageResult {
        let page = routes.pack(round.id)
        let context = context(for: page)
        let strings = context.strings
        var values = context.base(
            title: strings.text("print.pack_title", ["round": round.name]),
            description: strings.text("print.pack_description", ["round": round.name]), section: "rounds")
        values["round"] = context.roundSummary(round)
        var attachments: [String] = []
        let summary = BodyRenderer(site: site).render(
            round.summary, contentPath: round.contentPath, on: page, embeddedAs: "round")
        values["summary"] = summary.html
        attachments += summary.attachments
        var parts: [[String: Any]] = []
        var shown = Set<String>()
        for release in site.releasesByRound[round.id] ?? [] {
            guard let topic = site.topic(release.topic), shown.insert(topic.slug).inserted,
                let source = topic.loadedBody().0
            else { continue }
            let body = BodyRenderer(site: site).render(
                source, contentPath: topic.contentPath, on: page, embeddedAs: topic.slug, anchors: topic.anchors)
            attachments += body.attachments
            let date = context.format.date(release.date)
            parts.append([
                "id": topic.slug, "title": topic.title, "summary": topic.summary, "content": body.html,
                "url": context.url(routes.topic(topic.slug)),
                "eyebrow": strings.text("print.week", ["week": String(release.week)]),
                "date": date,
            ])
        }
        values["parts"] = parts
        return PageResult(
            file: render(template: "print", page: page, context: values), attachments: Array(Set(attachments)).sorted())
    }

    func printedHandbook() -> PageResult {
        let page = routes.printedHandbook
        let context = context(for: page)
        var values = context.base(
            title: context.strings.text("print.handbook_title", ["site": site.config.title]),
            description: context.strings.text("process.description", ["site": site.config.title]),
            section: "process")
        if let intro = site.config.handbookIntro { values["intro"] = intro }
        var attachments: [String] = []
        values["parts"] = site.chapters.enumerated().map { offset, chapter -> [String: Any] in
            // Chapters of two parts may share a name: the part's slug keeps their ids apart.
            let id = chapter.part.map { "\($0)-\(chapter.slug)" } ?? chapter.slug
            let body = BodyRenderer(site: site).render(
                chapter.body, contentPath: chapter.contentPath, on: page, embeddedAs: id, anchors: chapter.anchors)
            attachments += body.attachments
            var part: [String: Any] = [
                "id": id, "title": chapter.title, "summary": chapter.summary, "content": body.html,
                "url": context.url(routes.chapter(chapter)),
                "eyebrow": eyebrow(context, at: offset),
            ]
            if let licence = context.licence(chapter.licence, ownedByChapter: true) { part["chapterLicence"] = licence }
            return part
        }
        values["licence"] = context.licence(site.config.licence)
        return PageResult(
            file: render(template: "print", page: page, context: values), attachments: Array(Set(attachments)).sorted())
    }
}
