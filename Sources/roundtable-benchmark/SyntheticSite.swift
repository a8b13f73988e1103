import Foundation
import RoundtableKit

/// A deterministic synthetic site of `topicCount` topic guides of about 3.5 KB each, with
/// rounds that schedule them, pair files, a handbook and pages; plus the same topic bodies as
/// plain Markdown files for `cmark`, and as a Hugo site with a minimal single-page layout.
struct SyntheticSite {
    let topicCount: Int
    let root: URL

    var content: URL { root.appendingPathComponent("content") }
    var bodies: URL { root.appendingPathComponent("bodies") }
    var hugo: URL { root.appendingPathComponent("hugo") }
    var roundCount: Int { max(8, topicCount / 50) }

    func slug(_ index: Int) -> String { "topic-\(index)" }

    func write(themes: URL, trash: Trash) throws {
        let fileManager = FileManager.default
        try trash.discard(root)
        for folder in [
            "content/topics", "content/rounds", "content/process", "content/pages", "content/pairs", "bodies",
            "hugo/content/topics", "hugo/layouts/_default",
        ] {
            try fileManager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try fileManager.copyItem(at: themes, to: root.appendingPathComponent("themes"))
        try write(
            "content/site.yaml",
            """
            title: Synthetic Network
            base_url: https://example.org/synthetic/
            description: A synthetic site for the benchmark.
            language: en

            """)
        var random = SeededRandom(seed: UInt64(topicCount))
        for index in 0..<topicCount {
            let title = "Topic \(index): \(Words.title(using: &random))"
            let summary = Words.sentence(using: &random, words: 14)
            let tags = (0..<2).map { _ in Words.tag(using: &random) }
            let body = TopicBody.make(index: index, topicCount: topicCount, using: &random)
            try write(
                "content/topics/\(slug(index)).md",
                "---\ntitle: \"\(title)\"\nsummary: \"\(summary)\"\ntags: "
                    + "[\(tags.joined(separator: ", "))]\n---\n\n\(body)"
            )
            try write("bodies/\(slug(index)).md", body)
            try write(
                "hugo/content/topics/\(slug(index)).md",
                "---\ntitle: \"\(title)\"\nsummary: \"\(summary)\"\ntags: "
                    + "[\(tags.joined(separator: ", "))]\n---\n\n\(hugoBody(body))"
            )
        }
        for round in 0..<roundCount { try writeRound(round, using: &random) }
        for chapter in 1...13 {
            let body = TopicBody.make(index: chapter, topicCount: topicCount, linkPrefix: "../topics/", using: &random)
            try write(
                "content/process/\(String(format: "%02d", chapter))-chapter-\(chapter).md",
                "---\ntitle: Chapter \(chapter)\nsummary: A chapter.\n---\n\n\(body)")
        }
        for page in ["about", "faq", "code-of-conduct", "privacy"] {
            try write(
                "content/pages/\(page).md",
                "---\ntitle: \(page)\nsummary: A page.\n---\n\n\(Words.paragraph(using: &random))\n")
        }
        try writeHugoSite()
    }

    private func writeRound(_ round: Int, using random: inout SeededRandom) throws {
        let id = "r\(round)"
        let pairs = 60 + round % 40
        let schedule = (0..<9).map { week in
            "  - week: \(2 * week + 1)\n    topic: \(slug((round * 9 + week) % topicCount))"
        }.joined(separator: "\n")
        try write(
            "content/rounds/\(id).yaml",
            """
            id: \(id)
            name: Round \(round)
            status: closed
            order: \(round)
            applications: {open: unknown, close: unknown}
            start: \(2000 + round / 2)-\(round % 2 == 0 ? "03" : "09")-01
            end: unknown
            participants: \(2 * pairs)
            countries: unknown
            summary: Round \(round) of the synthetic network.
            schedule:
            \(schedule)

            """)
        let countries = ["AU", "US", "GB", "NZ", "IN", "PH", "NG", "CA", "ZA", "KE", "DE", "BR", "JP", "FJ"]
        var lines = ["pair_id,a_country,b_country,a_sector,b_sector,a_stage,b_stage,channels,status,satisfaction"]
        for pair in 0..<pairs {
            let a = countries[Int.random(in: 0..<countries.count, using: &random)]
            var b = a
            while b == a { b = countries[Int.random(in: 0..<countries.count, using: &random)] }
            let sector = ["academic", "public", "school", "special"][pair % 4]
            let status = pair % 9 == 0 ? "faltered" : "completed"
            lines.append(
                "p\(round)-\(pair),\(a),\(b),\(sector),academic,early,mid,email\(pair % 3 == 0 ? ";video" : ""),"
                    + "\(status),\(pair % 5 == 0 ? "" : "5")"
            )
        }
        try write("content/pairs/\(id).csv", lines.joined(separator: "\n") + "\n")
    }

    /// Roundtable links to source files; Hugo to URLs.
    private func hugoBody(_ body: String) -> String {
        body.replacingOccurrences(of: "(topic-", with: "(../topic-").replacingOccurrences(of: ".md)", with: "/)")
    }

    private func writeHugoSite() throws {
        try write(
            "hugo/config.yaml",
            """
            baseURL: https://example.org/synthetic/
            title: Synthetic Network
            disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404]
            markup:
              goldmark:
                renderer:
                  unsafe: false

            """)
        try write(
            "hugo/layouts/_default/single.html",
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title "
                + "}}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n"
        )
        try write(
            "hugo/layouts/_default/list.html",
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title "
                + "}}</title></head><body><main><h1>{{ .Title }}</h1></main></body></html>\n"
        )
    }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }
}
