import Foundation
import Testing

/// axe-core in headless Chromium (`scripts/axe-check`) on every kind of page of the demo site,
/// at phone and desktop widths, in the light and the dark scheme: no violation. The site is
/// served under its base path, as a host serves it, so that the 404 page's links work too.
@Suite struct AccessibilityTests {
    static let checker = TestSupport.repositoryRoot.appendingPathComponent("scripts/axe-check").path
    static var canRun: Bool {
        guard let python = TestSupport.python, TestSupport.executablePath("chromium") != nil else { return false }
        let probe = "import importlib.util, websocket; assert importlib.util.find_spec('axe_playwright_python')"
        return (try? TestSupport.run(python, ["-c", probe]).status) == 0
    }

    /// One page of each kind: the home page, both indexes and a page of each section, a round
    /// with pair statistics and its charts, one with only a timeline and one with neither, a
    /// standalone page, the 404 page, the search page showing results, a round's pack and the
    /// printable handbook.
    static let pages = [
        "", "rounds/", "rounds/2016A/", "rounds/2016B/", "rounds/pilot/", "topics/", "topics/library-spaces/",
        "process/",
        "process/applications/", "about/", "404.html", "search/?q=time+zones",
        "rounds/2015A/pack/", "process/print/",
    ]

    @Test(.enabled(if: canRun || TestSupport.toolsRequired))
    func everyKindOfPageHasNoAxeViolation() async throws {
        let python = try #require(TestSupport.python)
        // The demo's base_url is https://example.org/iln/.
        let output = TestSupport.temporaryDirectory().appendingPathComponent("iln")
        #expect(await TestSupport.build(content: TestSupport.demoContent, into: output).succeeded)

        let result = try TestSupport.run(python, [Self.checker, "--serve", output.path, "/iln/"] + Self.pages)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("axe-core: 0 violations on \(Self.pages.count) pages"), "\(result.stdout)")
    }
}
