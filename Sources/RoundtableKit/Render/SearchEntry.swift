/// What the search index holds of one page: what a reader would search for (title, summary,
/// headings, tags, rounds) and its text — the opening words as written, for showing where a
/// word was found, and the other distinct words of the rest, so that every word can be found
/// while the index stays small.
package struct SearchEntry: Sendable, Equatable {
    /// What kind of page it is; the index names each from the theme's `search.kind.*` strings.
    package enum Kind: String, Sendable, CaseIterable {
        case topic, chapter, page, round
    }

    package struct Heading: Sendable, Equatable {
        package let text: String
        package let id: String

        package init(text: String, id: String) {
            self.text = text
            self.id = id
        }
    }

    /// The page's path below the site root (`topics/open-access/`).
    package let path: String
    package let kind: Kind
    package let title: String
    package let summary: String
    package let headings: [Heading]
    package let tags: [String]
    package let rounds: [String]
    package let openingText: String
    /// Lowercased, each once, in the order they first appear after the opening text.
    package let otherWords: String

    /// How much of the text is kept as written, in bytes of UTF-8: about two paragraphs.
    static let openingLength = 900

    package init(
        path: String, kind: Kind, title: String, summary: String, headings: [Heading],
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
        path: String, kind: Kind, title: String, summary: String, headings: [Heading],
        tags: [String] = [], rounds: [String] = [], text: String
    ) {
        let (opening, words) = SearchWords.split(text, openingLength: Self.openingLength)
        self.init(
            path: path, kind: kind, title: title, summary: summary, headings: headings, tags: tags, rounds: rounds,
            openingText: opening, otherWords: words)
    }
}
