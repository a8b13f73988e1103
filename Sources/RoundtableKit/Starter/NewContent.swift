/// What `roundtable new` writes: one content file with commented front matter, where the
/// build looks for that kind of file.
public enum NewContent {
    public enum Kind: String, CaseIterable, Sendable {
        case topic, round, chapter, page
    }

    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// The path inside content/ and the text of a new file. `existing` lists the files of a
    /// folder inside content/ (for the next free chapter number).
    public static func file(_ kind: Kind, name: String, existing: (String) -> [String]) throws -> (
        path: String, text: String
    ) {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            let slug = slug(of: name)
            throw Refusal(
                description: "'\(name)' cannot be a file name: it becomes the page's address, so use letters, digits, "
                    + "hyphens and underscores only" + (slug.isEmpty ? "" : ", such as '\(slug)'"))
        }
        let title = title(of: name)
        switch kind {
        case .topic: return ("topics/\(name).md", topic(title: title))
        case .page: return ("pages/\(name).md", page(title: title))
        case .round: return ("rounds/\(name).yaml", round(id: name))
        case .chapter:
            let numbers = existing("process").compactMap { file -> Int? in
                guard file.hasSuffix(".md"), let prefix = file.split(separator: "-").first else { return nil }
                return Int(prefix)
            }
            let number = (numbers.max() ?? 0) + 1
            let prefix = number < 10 ? "0\(number)" : "\(number)"
            return ("process/\(prefix)-\(name).md", chapter(title: title))
        }
    }

    /// `library-spaces` → `Library spaces`.
    static func title(of name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// `Library Spaces!` → `library-spaces`.
    static func slug(of text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    private static func topic(title: String) -> String {
        """
        ---
        # Shown as the guide's heading and in every list of guides.
        title: \(StarterSite.yamlText(title))
        # One or two sentences under the title and in lists: what pairs will talk about.
        summary: Write what this guide is about in a sentence or two.
        # Guides are grouped by tag on the topic index: a list such as [spaces, buildings].
        tags: []
        # Left out of the site until you delete this line; `roundtable serve --drafts` shows it.
        draft: true
        ---
        Introduce the theme in a few paragraphs. Link to another guide by its file: `[a guide](other-guide.md)`.

        ## Questions

        1. A question for both partners.
        2. Another one.

        ## Something to try

        An activity the pair can do and share.

        """
    }

    private static func page(title: String) -> String {
        """
        ---
        title: \(StarterSite.yamlText(title))
        # A sentence for search engines and for the top of the page.
        summary: Write what this page is for in a sentence.
        # A number puts the page in the main navigation, lowest first; delete it to leave it out.
        menu: 2
        # Left out of the site until you delete this line; `roundtable serve --drafts` shows it.
        draft: true
        ---
        Write the page here.

        """
    }

    private static func chapter(title: String) -> String {
        """
        ---
        # The number at the start of the file name places the chapter in the handbook.
        title: \(StarterSite.yamlText(title))
        summary: Write what this chapter explains in a sentence.
        # Left out of the site until you delete this line; `roundtable serve --drafts` shows it.
        draft: true
        ---
        Write the chapter here. Link to another chapter by its file: `[the first](01-first-chapter.md)`.

        """
    }

    private static func round(id: String) -> String {
        """
        # A round: fill in the dates when you know them (as 2027-02-01); until then they stay unknown.
        id: \(id)
        name: Round \(id)
        # upcoming, recruiting, matching, active or closed.
        status: upcoming
        applications:
          open: unknown
          close: unknown
        # Where to apply: shown as a button while the round is upcoming or recruiting.
        # apply_url: https://example.org/apply
        start: unknown
        end: unknown
        # The figures you publish once the round has run.
        participants: unknown
        countries: unknown
        summary: |
          Say in a sentence or two who the round is for and when it runs.
        # Which topic guide goes out in which week (week 1 is the week the round starts):
        # schedule:
        #   - week: 1
        #     topic: getting-to-know-you

        """
    }
}
