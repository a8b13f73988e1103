import Foundation
import Testing

@testable import RoundtableKit

/// The demo site's Atom feed, read by a standard feed parser (Python's `feedparser`), lists the
/// newest releases and rounds with their dates from the content; every page points to it.
@Suite struct FeedTests {
    static var hasParser: Bool {
        guard let python = TestSupport.python else { return false }
        return (try? TestSupport.run(python, ["-c", "import feedparser"]).status) == 0
    }

    static let reader = """
        import json, sys, feedparser
        feed = feedparser.parse(open(sys.argv[1], 'rb').read())
        print(json.dumps({'bozo': bool(feed.bozo), 'problem': str(feed.get('bozo_exception', '')),
            'version': feed.version, 'title': feed.feed.get('title'), 'updated': feed.feed.get('updated'),
            'self': [l['href'] for l in feed.feed.get('links', []) if l.get('rel') == 'self'],
            'entries': [{'id': e.id, 'title': e.title, 'link': e.link, 'updated': e.updated,
                         'summary': e.get('summary', ''), 'category': e.tags[0].term} for e in feed.entries]}))
        """

    struct Parsed: Decodable {
        struct Entry: Decodable {
            let id, title, link, updated, summary, category: String
        }
        let bozo: Bool
        let problem: String
        let version: String
        let title: String?
        let updated: String?
        let `self`: [String]
        let entries: [Entry]
    }

    @Test(.enabled(if: hasParser || TestSupport.toolsRequired))
    func theFeedParsesAndListsTheNewestReleasesAndRounds() async throws {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("demo")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)
        let python = try #require(TestSupport.python)
        let result = try TestSupport.run(python, ["-c", Self.reader, output.appendingPathComponent("feed.xml").path])
        #expect(result.status == 0, "\(result.stderr)")
        let feed = try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
        #expect(!feed.bozo, "feedparser found the feed malformed: \(feed.problem)")
        #expect(feed.version == "atom10")
        #expect(feed.title == "International Librarians Network")
        #expect(feed.`self` == ["https://example.org/iln/feed.xml"])
        #expect(feed.entries.count == AtomFeed.entryLimit)
        #expect(Set(feed.entries.map(\.id)).count == feed.entries.count, "entry ids are unique")
        let dates = feed.entries.map(\.updated)
        #expect(dates == dates.sorted(by: >), "newest first")
        #expect(feed.updated == dates.first)

        // The newest: 2016B's last guide, in week 17 of a round that started on 2016-08-22.
        let newest = try #require(feed.entries.first)
        #expect(newest.title == "Reflection and review: what now? (Round 2016B, week 17)")
        #expect(newest.updated == "2016-12-12T00:00:00Z")
        #expect(newest.link == "https://example.org/iln/topics/reflection-and-what-next/")
        #expect(newest.category == "topic")
        let round = try #require(feed.entries.first { $0.category == "round" })
        #expect(round.title == "Round 2016B" && round.link == "https://example.org/iln/rounds/2016B/")
        for entry in feed.entries {
            let path = String(entry.link.dropFirst("https://example.org/iln/".count)) + "index.html"
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(entry.link)")
        }

        let topic = try String(
            contentsOf: output.appendingPathComponent("topics/library-spaces/index.html"), encoding: .utf8)
        #expect(topic.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../feed.xml\""))
        let notFound = try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(notFound.contains("href=\"/iln/feed.xml\""), "the 404 page links from the base path")
        #expect(
            try String(contentsOf: output.appendingPathComponent("robots.txt"), encoding: .utf8)
                == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/iln/sitemap.xml\n")
    }
}
