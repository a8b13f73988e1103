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

    /// ASCII takes a fast path; it must agree with the Unicode rule for every character.
    @Test func asciiFollowsTheUnicodeRule() {
        for value in UInt8(0)...UInt8(127) {
            let scalar = Unicode.Scalar(value)
            let kept = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            let expected = kept ? "x" + scalar.properties.lowercaseMapping + "y" : "x-y"
            #expect(Slug.make("x\(scalar)y") == expected, "ASCII \(value)")
        }
    }

    @Test func uniqueSlugsNumberRepeats() {
        var slugs = UniqueSlugs(reserved: ["toc"])
        #expect(["A", "a", "A!", "toc", ""].map { slugs.claim($0) } == ["a", "a-1", "a-2", "toc-1", "section"])
    }
}
