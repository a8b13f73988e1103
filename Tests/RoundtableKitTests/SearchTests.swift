import Foundation
import Testing

@testable import RoundtableKit

/// The search index the build writes, and the search page used in headless Chromium as a reader
/// would use it (`scripts/search-check`): typing, ranking, marking, the keyboard, a sub-path, no script.
@Suite struct SearchTests {
    struct Index: Decodable {
        struct Page: Decodable {
            let u, k, t: String
            let s, x, w: String?
            let h: [[String]]?
            let g, r: [String]?
        }
        let kinds: [String: String]
        let pages: [Page]
    }

    @Test func theOpeningIsCutAtASpaceAndTheRestKeepsEachNewWordOnce() {
        let text = "Alpha beta gamma delta. Epsilon Beta zeta, zeta: ZETA Ωmega ab l’été—café."
        let (opening, words) = SearchWords.split(text, openingLength: 20)
        #expect(opening == "Alpha beta gamma")
        // ASCII lowercased, each once, words already in the opening and words under three bytes left out;
        // curly quotes and dashes split words, accented letters do not.
        #expect(words == "delta epsilon zeta Ωmega été café")
        #expect(SearchWords.split("short text", openingLength: 20) == ("short text", ""))
        // Never cut inside a character.
        let (cut, _) = SearchWords.split(String(repeating: "é", count: 30), openingLength: 7)
        #expect(cut == "ééé")
    }

    @Test func aJSONStringEscapesWhatItMust() {
        var json = JSONBytes()
        json.string("a \"b\" \\ <c>\n\u{1}é")
        #expect(String(decoding: json.bytes, as: UTF8.self) == #""a \"b\" \\ \u003cc>\n\u0001é""#)
    }

    @Test func theDemoIndexHoldsEveryContentPageAsTextUnder150KB() async throws {
        let output = TestSupport.temporaryDirectory().appendingPathComponent("demo")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)
        let bytes = try Data(contentsOf: output.appendingPathComponent("search/index.json"))
        #expect(bytes.count < 150_000, "the demo's index is \(bytes.count) bytes")
        let index = try JSONDecoder().decode(Index.self, from: bytes)
        #expect(index.kinds["chapter"] == "Handbook chapter")
        let byKind = Dictionary(grouping: index.pages, by: \.k).mapValues(\.count)
        #expect(byKind == ["topic": 12, "chapter": 13, "page": 4, "round": 8])
        for page in index.pages {
            let html = try String(contentsOf: output.appendingPathComponent(page.u + "index.html"), encoding: .utf8)
            #expect(html.contains("<title>\(page.t.replacingOccurrences(of: "&", with: "&amp;"))"), "\(page.u)")
            for heading in page.h ?? [] {
                #expect(html.contains("id=\"\(heading[1])\""), "\(page.u)#\(heading[1])")
            }
            for text in [page.x, page.w, page.s].compactMap({ $0 }) {
                #expect(!text.contains("<") && !text.contains("&amp;") && !text.contains("]("), "\(page.u)")
            }
        }
        let spaces = try #require(index.pages.first { $0.u == "topics/library-spaces/" })
        #expect(spaces.g == ["Spaces"])
        #expect(spaces.r?.contains("Round 2014A") == true)
        let search = try String(contentsOf: output.appendingPathComponent("search/index.html"), encoding: .utf8)
        #expect(search.contains("data-index=\"../search/index.json\"") && search.contains("data-root=\"../\""))
        #expect(search.contains("<script src=\"../assets/search.js\" defer></script>"))
        #expect(!search.contains("<script>"), "no inline script under the Content-Security-Policy")
        #expect(search.contains("data-results=\"{count} results for “{query}”.\""))
    }

    static let checker = TestSupport.repositoryRoot.appendingPathComponent("scripts/search-check").path

    struct Report: Decodable {
        struct Query: Decodable {
            struct Result: Decodable {
                let title, href, kind: String
                let section: String?
                let marked: [String]
                let excerpt: String?
            }
            let status: String
            let results: [Result]
            let address: String
            let afterArrowDown: String
            let afterArrowUp: String
            let fromAddress: [String]
        }
        struct WithoutScript: Decodable {
            let formShown: Bool
            let message: String
            let links: [String]
        }
        let queries: [String: Query]
        let withoutScript: WithoutScript
        let problems: [String]
    }

    @Test(.enabled(if: AccessibilityTests.canRun || TestSupport.toolsRequired))
    func aReaderFindsRankedMarkedResultsFromASubPath() async throws {
        let python = try #require(TestSupport.python)
        let output = TestSupport.temporaryDirectory().appendingPathComponent("iln")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)
        let queries = ["time zones", "mentor", "cafe", "Disasters", "zzqx"]
        let result = try TestSupport.run(python, [Self.checker, "--serve", output.path, "/iln/"] + queries)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.problems.isEmpty, "script errors or CSP reports: \(report.problems)")

        // A title match ranks first; every word typed is marked.
        let zones = try #require(report.queries["time zones"])
        #expect(zones.results.first?.title == "Communication and time zones")
        #expect(zones.results.first?.href.hasSuffix("/iln/process/communication-and-time-zones/") == true)
        #expect(zones.results.first?.kind == "Handbook chapter")
        #expect(zones.results.first?.marked.prefix(2) == ["time", "zones"])
        #expect(zones.status == "\(zones.results.count) results for “time zones”.")
        #expect(zones.address.hasSuffix("/iln/search/?q=time+zones"), "the address keeps the query")
        #expect(zones.fromAddress == zones.results.map(\.title), "a shared address shows the same results")
        // The arrow keys move from the field to the results and back.
        #expect(zones.afterArrowDown == "Communication and time zones")
        #expect(zones.afterArrowUp == "search-query")

        // Where only a heading holds the word, the result links to that heading and names it.
        let mentor = try #require(report.queries["mentor"])
        let faq = try #require(mentor.results.first { $0.title == "Frequently asked questions" })
        #expect(faq.section == "I am new to the profession. Can I really be a mentor?")
        #expect(faq.href.hasSuffix("/iln/faq/#i-am-new-to-the-profession-can-i-really-be-a-mentor"))
        let headingRank = try #require(mentor.results.firstIndex { $0.section != nil && !$0.title.contains("entor") })
        let textRank = try #require(mentor.results.firstIndex { $0.section == nil && !$0.title.contains("entor") })
        #expect(headingRank < textRank, "a heading match ranks above a match in the text")

        // Accents and case do not matter; the word as written is marked.
        #expect(report.queries["cafe"]?.results.map(\.title) == ["Library spaces"])
        #expect(report.queries["cafe"]?.results.first?.marked == ["café"])
        #expect(report.queries["Disasters"]?.results.first?.title == "Libraries in disasters")
        #expect(report.queries["zzqx"]?.results.isEmpty == true)
        #expect(report.queries["zzqx"]?.status == "Nothing found for “zzqx”.")

        // Without JavaScript the page says so and links to the indexes.
        #expect(!report.withoutScript.formShown)
        #expect(report.withoutScript.message.hasPrefix("Searching needs JavaScript"))
        #expect(
            report.withoutScript.links.map { $0.components(separatedBy: "/iln/").last! }
                == ["rounds/", "topics/", "process/"])
    }
}
