extension PageRenderer {
    func topicsIndex() -> PageResult {
        let page = routes.topicsIndex
        let context = context(for: page)
        let strings = context.strings
        var values = context.base(
            title: strings.text("topics.title"), description: strings.text("topics.description"),
            section: "topics")
        if let intro = site.config.topicsIntro { values["intro"] = intro }
        // One summary per topic, shared by the tag groups and the full list (dictionaries are
        // copied on write, so the lists hold the same storage).
        let summaries = site.topics.map(context.topicSummary)
        var groups = site.tagGroups.map { group -> [String: Any] in
            [
                "name": group.tag, "label": PageContext.tagLabel(group.tag), "id": "tag-\(group.tag)",
                "topics": group.topics.map { summaries[site.topicIndex[$0.slug]!] },
            ]
        }
        // A guide without tags is still reachable from the index, under a heading of its own.
        let untagged = site.topics.indices.filter { site.topics[$0].tags.isEmpty }
        if !untagged.isEmpty {
            groups.append([
                "label": strings.text("topics.untagged"), "id": "untagged", "topics": untagged.map { summaries[$0] },
            ])
        }
        if site.config.listsTopicsInOrder { values["inOrder"] = true } else { values["tags"] = groups }
        values["topics"] = summaries
        return PageResult(file: render(template: "topics", page: page, context: values))
    }

    func topic(at index: Int) -> PageResult {
        let topic = site.topics[index]
        let page = routes.topic(topic.slug)
        let (read, problems) = topic.loadedBody()
        guard let source = read else { return PageResult(diagnostics: problems) }
        return renderContentPage(
            template: "topic", page: page, contentPath: topic.contentPath, body: source, anchors: topic.anchors,
            search: SearchFields(
                kind: .topic, title: topic.title, summary: topic.summary, tags: topic.tags,
                rounds: (site.releasesByTopic[topic.slug] ?? []).map(\.roundName))
        ) {
            context, body in
            var values = context.base(title: topic.title, description: topic.summary, section: "topics")
            values["topic"] = context.topicSummary(topic)
            values["content"] = body.html
            addTableOfContents(body.headings, to: &values)
            values["releases"] = (site.releasesByTopic[topic.slug] ?? []).map { release -> [String: Any] in
                [
                    "round": release.roundName, "url": context.url(routes.round(release.roundID)), "week": release.week,
                    "date": context.format.date(release.date),
                ]
            }
            values["editURL"] = context.editURL(for: topic.contentPath)
            if let updated = topic.updated { values["updated"] = context.format.date(.known(updated)) }
            return values.merging(
                context.neighbours(site.topics, at: index) {
                    ["title": $0.title, "url": context.url(routes.topic($0.slug))]
                })
        }
    }
}
