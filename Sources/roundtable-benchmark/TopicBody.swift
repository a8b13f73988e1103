import RoundtableKit

/// A topic guide's body of about 3.5 KB with the constructs volunteers use: headings,
/// paragraphs with emphasis, code and links to other guides, lists, a quote and a code block.
enum TopicBody {
    static func make(index: Int, topicCount: Int, linkPrefix: String = "", using random: inout SeededRandom) -> String {
        var parts: [String] = []
        for section in 1...3 {
            parts.append("## Part \(section): \(Words.title(using: &random))")
            parts.append(richParagraph(topicCount: topicCount, linkPrefix: linkPrefix, using: &random))
            parts.append(richParagraph(topicCount: topicCount, linkPrefix: linkPrefix, using: &random))
            if section == 2 {
                parts.append(
                    (1...4).map { _ in "- \(Words.sentence(using: &random, words: 7)) *\(Words.word(using: &random))*" }
                        .joined(separator: "\n"))
                parts.append("> \(Words.paragraph(using: &random))")
            } else {
                parts.append(
                    (1...3).map { "\($0). \(Words.sentence(using: &random, words: 9))" }.joined(separator: "\n"))
            }
        }
        parts.append("### Activity")
        parts.append("```\nphoto: your desk\nshare: with your partner\n```")
        parts.append(richParagraph(topicCount: topicCount, linkPrefix: linkPrefix, using: &random))
        return parts.joined(separator: "\n\n") + "\n"
    }

    private static func richParagraph(topicCount: Int, linkPrefix: String, using random: inout SeededRandom) -> String {
        let other = Int.random(in: 0..<topicCount, using: &random)
        return
            "\(Words.paragraph(using: &random)) Read **\(Words.word(using: &random))** and "
            + "_\(Words.word(using: &random))_ in "
            + "[another guide](\(linkPrefix)topic-\(other).md), try `\(Words.word(using: &random))`, and "
            + "\(Words.sentence(using: &random, words: 12))"
    }
}
