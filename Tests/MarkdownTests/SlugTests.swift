import Markdown
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("Questions to talk about", "questions-to-talk-about"),
        ("  Books, glorious books!  ", "books-glorious-books"),
        ("Reflection and review: “What now?”", "reflection-and-review-what-now"),
        ("Œuvres complètes — Ⅻ", "œuvres-complètes-ⅻ"),
        ("日本の図書館", "日本の図書館"),
        ("../../etc/passwd", "etc-passwd"),
        ("---", ""),
    ])
    func slugs(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func uniqueSlugsNumberRepeats() {
        var slugs = UniqueSlugs(reserved: ["toc"])
        #expect(["A", "a", "A!", "toc", ""].map { slugs.claim($0) } == ["a", "a-1", "a-2", "toc-1", "section"])
    }
}
