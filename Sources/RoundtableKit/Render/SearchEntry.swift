/// What the search index holds of one page: what a reader would search for (title, summary,
/// headings, tags, rounds) and its text — the opening words as written, for showing where a
/// word was found, and the other distinct words of the rest, so that every word can be found
/// while the index stays small.
package struct SearchEntry: Sendable, Equatable {
    /// The page's path below the site root (`topics/open-access/`).
    package let path: String
    /// `topic`, `chapter`, `page` or `round`: the label comes from the theme's strings.
    package let kind: String
    package let title: String
    package let summary: String
    package let headings: [(text: String, id: String)]
    package let tags: [String]
    package let rounds: [String]
    package let openingText: String
    /// Lowercased, each once, in the order they first appear after the opening text.
    package let otherWords: String

    /// How much of the text is kept as written, in bytes of UTF-8: about two paragraphs.
    static let openingLength = 900

    package init(
        path: String, kind: String, title: String, summary: String, headings: [(text: String, id: String)],
        tags: [String], rounds: [String], openingText: String, otherWords: String
    ) {
        self.path = path
        self.kind = kind
        self.title = title
        self.summary = summary
        self.headings = headings
        self.tags = tags
        self.rounds = rounds
        self.openingText = openingText
        self.otherWords = otherWords
    }

    /// Splits a body's plain text into its opening, cut at a space, and the other words.
    init(
        path: String, kind: String, title: String, summary: String, headings: [(text: String, id: String)],
        tags: [String] = [], rounds: [String] = [], text: String
    ) {
        let (opening, words) = SearchWords.split(text, openingLength: Self.openingLength)
        self.init(
            path: path, kind: kind, title: title, summary: summary, headings: headings, tags: tags, rounds: rounds,
            openingText: opening, otherWords: words)
    }

    package static func == (left: SearchEntry, right: SearchEntry) -> Bool {
        left.path == right.path && left.kind == right.kind && left.title == right.title
            && left.summary == right.summary && left.headings.elementsEqual(right.headings, by: { $0 == $1 })
            && left.tags == right.tags && left.rounds == right.rounds && left.openingText == right.openingText
            && left.otherWords == right.otherWords
    }
}
