import RoundtableKit

/// Words of the field, so that the Markdown looks like the real thing to a parser.
enum Words {
    static let vocabulary = [
        "library", "librarian", "partner", "round", "topic", "collection", "reader", "community", "space", "catalogue",
        "archive", "digital", "service", "mentor", "question", "country", "colleague", "project", "budget", "advocacy",
        "leadership", "reading", "visit", "workshop", "network", "profession", "skills", "time", "week", "story",
        "the", "a", "of", "and", "to", "in", "with", "for", "your", "how", "what", "why", "we", "our", "their",
    ]
    static let tags = [
        "spaces", "advocacy", "reading", "leadership", "careers", "communities", "digital", "reflection",
    ]

    static func word(using random: inout SeededRandom) -> String {
        vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)]
    }

    static func tag(using random: inout SeededRandom) -> String {
        tags[Int.random(in: 0..<tags.count, using: &random)]
    }

    static func title(using random: inout SeededRandom) -> String {
        (0..<3).map { _ in word(using: &random) }.joined(separator: " ").capitalized
    }

    static func sentence(using random: inout SeededRandom, words: Int) -> String {
        let text = (0..<words).map { _ in word(using: &random) }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    static func paragraph(using random: inout SeededRandom) -> String {
        (0..<4).map { _ in sentence(using: &random, words: Int.random(in: 8...16, using: &random)) }.joined(
            separator: " ")
    }
}
