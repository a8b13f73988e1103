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

    @Test(arguments: [
        ("htps://example.org/a", "https://example.org/a"), ("htp://example.org", "http://example.org"),
        ("hhttps://example.org", "https://example.org"), ("https//example.org", "https://example.org"),
        ("http//example.org", "http://example.org"), ("https:/example.org", "https://example.org"),
        ("www.example.org/x", "https://www.example.org/x"),
    ])
    func misspeltSchemesAreWarnedAbout(written: String, meant: String) {
        guard case .questionable(_, let note) = LinkResolver.misspeltScheme(written) else {
            Issue.record("'\(written)' is not reported")
            return
        }
        #expect(note == "did you mean '\(meant)'?")
    }

    @Test(arguments: [
        "https://example.org", "http://example.org", "mailto:a@example.org", "ftp://example.org", "sftp://x",
        "http-notes.md", "https.md", "www.md", "data:image/png;base64,AA", "tel:+100",
    ])
    func rightSchemesAndFilesAreNot(written: String) {
        #expect(LinkResolver.misspeltScheme(written) == nil)
    }

    @Test func rootAbsoluteLinksAreErrorsWithTheRelativeForm() {
        let page = Route("topics/other/")
        #expect(
            Self.resolver.resolve("/topics/spaces/#a", from: "topics/other.md", on: page)
                == .broken(
                    message: "root-absolute link '/topics/spaces/#a': it breaks when the site is served below a path "
                        + "(base_url https://example.org/network/)", note: "did you mean 'spaces.md#a'?"))
        guard case .broken(_, let note) = Self.resolver.resolve("/process/", from: "topics/other.md", on: page) else {
            Issue.record("not reported")
            return
        }
        #expect(note == "did you mean '../../process/'?")
    }

    @Test func relativePathsBetweenContentFiles() {
        #expect(LinkResolver.relativePath(to: "topics/a.md", from: "topics/b.md") == "a.md")
        #expect(LinkResolver.relativePath(to: "process/01-x.md", from: "topics/b.md") == "../process/01-x.md")
        #expect(LinkResolver.relativePath(to: "topics/a.md", from: "site.yaml") == "topics/a.md")
        #expect(LinkResolver.relativePath(to: "site.yaml", from: "topics/b.md") == "../site.yaml")
    }
}
