import Markdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func headingsGetStableUniqueIDs() {
        let rendered = MarkdownDocument.render("# Hello *world*\n\n## Hello world\n\n## Café `code` 1\n\n## !!!\n")
        #expect(rendered.headings.map(\.id) == ["hello-world", "hello-world-1", "café-code-1", "section"])
        #expect(rendered.headings.map(\.text) == ["Hello world", "Hello world", "Café code 1", "!!!"])
        #expect(rendered.headings.map(\.level) == [1, 2, 2, 2])
        #expect(rendered.headings.map(\.line) == [1, 3, 5, 7])
        #expect(
            rendered.html == """
                <h1 id="hello-world">Hello <em>world</em></h1>
                <h2 id="hello-world-1">Hello world</h2>
                <h2 id="café-code-1">Café <code>code</code> 1</h2>
                <h2 id="section">!!!</h2>

                """)
    }

    /// A body shown below an `<h2>` of the page (a printable pack): ids prefixed, the first
    /// heading at level 3, the others keeping their distance but never skipping a level.
    @Test func anEmbeddedBodysHeadingsSitBelowTheirParent() {
        let options = MarkdownOptions(headingIDPrefix: "guide--", parentHeadingLevel: 2)
        let rendered = MarkdownDocument.render("### First\n\n#### Second\n\n## Up\n\n###### Deep\n", options: options)
        #expect(rendered.headings.map(\.id) == ["guide--first", "guide--second", "guide--up", "guide--deep"])
        #expect(rendered.headings.map(\.level) == [3, 4, 2, 6], "levels as written")
        #expect(
            rendered.html == """
                <h3 id="guide--first">First</h3>
                <h4 id="guide--second">Second</h4>
                <h3 id="guide--up">Up</h3>
                <h4 id="guide--deep">Deep</h4>

                """)
    }

    @Test func theBodysTextLeavesOutHeadingsMarkupAndAddresses() {
        let rendered = MarkdownDocument.render(
            "# Title\n\nSome *text* and [a link](https://x.example/).\nNext line.\n\n- one\n- `two`\n\n"
                + "```\ncode\nblock\n```\n\n<b>raw</b>\n")
        #expect(rendered.text == "Some text and a link. Next line. one two code block raw")
    }

    @Test func linksAreRewrittenInTheTreeWithTheirPositions() {
        let text = "Intro\n\nSee [spaces](../topics/spaces.md#a) and ![x](img.png \"t\").\n"
        let rendered = MarkdownDocument.render(text) { link in
            link.destination.hasSuffix(".md#a") ? "../../topics/spaces/#a" : nil
        }
        #expect(
            rendered.links == [
                LinkReference(destination: "../topics/spaces.md#a", isImage: false, line: 3, column: 5),
                LinkReference(destination: "img.png", isImage: true, line: 3, column: 41),
            ])
        #expect(
            rendered.html
                == "<p>Intro</p>\n<p>See <a href=\"../../topics/spaces/#a\">spaces</a> and <img src=\"img.png\" "
                + "alt=\"x\" title=\"t\" />.</p>\n"
        )
    }

    @Test func columnsCountCharactersNotBytes() {
        let rendered = MarkdownDocument.render("Ünïcödé [x](y.md)\n")
        #expect(rendered.links.first?.column == 9)
    }

    @Test func rawHTMLAndUnsafeURLsAreDroppedUnlessAllowed() {
        let text = "<script>alert(1)</script>\n\n[a](javascript:alert(1)) <b>bold</b>\n"
        let safe = MarkdownDocument.render(text).html
        #expect(
            safe
                == "<!-- raw HTML omitted -->\n<p><a href=\"\">a</a> <!-- raw HTML omitted -->bold<!-- raw HTML "
                + "omitted --></p>\n"
        )
        let unsafe = MarkdownDocument.render(text, options: MarkdownOptions(allowRawHTML: true)).html
        #expect(unsafe.contains("<script>alert(1)</script>"))
        #expect(unsafe.contains("href=\"javascript:alert(1)\""))
    }

    @Test func smartPunctuationIsOptIn() {
        #expect(MarkdownDocument.render("\"a\" -- b...").html == "<p>&quot;a&quot; -- b...</p>\n")
        #expect(
            MarkdownDocument.render("\"a\" -- b...", options: MarkdownOptions(smartPunctuation: true)).html
                == "<p>“a” – b…</p>\n")
    }

    @Test func emptyAndHugeInputsRender() {
        #expect(MarkdownDocument.render("").html == "")
        let nested = String(repeating: "> ", count: 5_000) + "deep\n"
        #expect(MarkdownDocument.render(nested).html.contains("deep"))
    }
}
