import Testing

@testable import RoundtableKit

@Suite struct LinkResolverTests {
    static let resolver = LinkResolver(
        routes: Routes(
            baseURL: BaseURL("https://example.org/")!,
            contentRoutes: [
                "topics/spaces.md": Route("topics/spaces/"),
                "process/01-welcome.md": Route("process/welcome/"),
                "site.yaml": Route(""),
            ]))

    @Test(arguments: [
        ("spaces.md", "topics/other.md", "topics/spaces.md"),
        ("../process/01-welcome.md", "topics/other.md", "process/01-welcome.md"),
        ("./spaces.md", "topics/other.md", "topics/spaces.md"),
        ("a/../spaces.md", "topics/other.md", "topics/spaces.md"),
        ("a//b.md", "topics/other.md", "topics/a/b.md"),
        (".hidden.md", "topics/other.md", "topics/.hidden.md"),
        ("topics/spaces.md", "site.yaml", "topics/spaces.md"),
        ("deeper/x.md", "topics/other.md", "topics/deeper/x.md"),
    ])
    func pathsResolveAgainstTheLinkingFile(path: String, base: String, expected: String) {
        #expect(LinkResolver.normalise(path, relativeTo: base) == expected)
    }

    @Test func climbingOutOfContentIsNil() {
        #expect(LinkResolver.normalise("../../etc/passwd.md", relativeTo: "topics/other.md") == nil)
        #expect(LinkResolver.normalise("../x.md", relativeTo: "site.yaml") == nil)
    }

    @Test func linksBecomeURLsOfTheLinkingPage() {
        let page = Route("topics/other/")
        #expect(
            Self.resolver.resolve("spaces.md#activity", from: "topics/other.md", on: page)
                == .rewritten(url: "../../topics/spaces/#activity", target: "topics/spaces.md", fragment: "activity"))
        #expect(Self.resolver.resolve("https://example.org/x.md", from: "topics/other.md", on: page) == .unchanged)
        #expect(Self.resolver.resolve("mailto:a@example.org", from: "topics/other.md", on: page) == .unchanged)
        #expect(Self.resolver.resolve("#top", from: "topics/other.md", on: page) == .sameDocument(fragment: "top"))
    }
}
