/// What `roundtable init` writes: a small working site for a new program, with comments that
/// say what each setting does, and nothing of any real program in it. The theme is the
/// built-in one, so there is no themes/ folder until `roundtable theme eject`.
public enum StarterSite {
    /// By path inside the new project folder. `year` dates the first round (the year after
    /// the one `init` runs in), so that it is upcoming.
    public static func files(title: String, year: Int) -> [String: String] {
        [
            "content/site.yaml": siteFile(title: title),
            "content/rounds/\(year)A.yaml": round(id: "\(year)A", year: year),
            "content/topics/getting-to-know-you.md": gettingToKnowYou,
            "content/topics/working-across-time-zones.md": timeZones,
            "content/process/01-how-a-round-works.md": chapter,
            "content/pages/about.md": about(title: title),
            ".gitignore": "# What `roundtable build` makes: rebuilt from content/ at any time.\noutput/\n"
                + ".roundtable-cache/\n.output.roundtable-standby/\n",
        ]
    }

    private static func siteFile(title: String) -> String {
        """
        # The settings of the whole site. Every key is described in docs/content.md.

        # The program's name, shown in every page's title and header.
        title: \(yamlText(title))
        # One sentence about the program: search engines show it under the home page's link.
        description: A volunteer-run program that pairs colleagues in different countries for a round of conversations.
        # Where the site will be published. `roundtable serve` previews it under the same path.
        base_url: https://example.org/mentoring/
        # The language of the site's words, as a tag such as en, fr or pt-BR.
        language: en
        # The licence of what you publish, stated on every handbook page. Without these lines no
        # licence is claimed; a chapter can name its own with the same key.
        licence:
          name: CC BY 4.0
          url: https://creativecommons.org/licenses/by/4.0/
        # Shown on the home page (Markdown). Links go to other files by their path: topics/…md.
        intro: |
          We pair people who work in the same field in different countries. Each pair talks
          for a round of a few months, with a suggested topic every other week. Read
          [how a round works](process/01-how-a-round-works.md) and the first
          [topic guide](topics/getting-to-know-you.md).
        handbook_intro: How we run the program, step by step, for the volunteers who will run it next.
        topics_intro: >-
          Each guide suggests a theme, questions to talk about and something to try. Pairs choose
          what to discuss.
        # The theme: `default` is built in. `roundtable theme eject` copies it to themes/default/ to change it.
        theme: default

        """
    }

    private static func round(id: String, year: Int) -> String {
        """
        # One round: who applies when, when pairs talk, and which topic goes out in which week.
        id: \(id)
        name: Round \(id)
        # upcoming, recruiting, matching, active or closed.
        status: upcoming
        applications:
          open: \(year)-02-01
          close: \(year)-02-28
        # Where to apply: shown as a button while the round is upcoming or recruiting.
        # apply_url: https://example.org/apply
        start: \(year)-03-15
        end: \(year)-07-11
        # The figures you publish once the round has run; `unknown` until then.
        participants: unknown
        countries: unknown
        summary: |
          Our first round. Applications open on 1 February; pairs meet from mid-March to July.
        # Week 1 is the week the round starts.
        schedule:
          - week: 1
            topic: getting-to-know-you
          - week: 3
            topic: working-across-time-zones

        """
    }

    private static let gettingToKnowYou = """
        ---
        title: Getting to know you
        summary: The first conversation of a round. Introduce yourselves, your work and what you hope to learn.
        tags: [getting-started]
        ---
        Your partner works in another country, perhaps in another kind of organisation. Start with the
        basics, and do not worry about finding the perfect question.

        ## Questions

        1. What does a normal working week look like for you?
        2. What made you apply to the program?
        3. What would make this round worthwhile for you?

        ## Something to try

        Agree on how and when you will talk: a video call, e-mail, a chat app. Then read the
        next guide, [working across time zones](working-across-time-zones.md).

        """

    private static let timeZones = """
        ---
        title: Working across time zones
        summary: Pairs often live hours apart. Find a rhythm that suits you both.
        tags: [getting-started]
        ---
        Many pairs have only a short window in the day when both are awake and free.

        ## Questions

        1. When in your day do you have time to talk?
        2. Would you rather write to each other, or talk?

        ## Something to try

        Write down the time of your next call in both time zones, and send it to your partner.

        """

    private static let chapter = """
        ---
        title: How a round works
        summary: What happens when in a round, and who does it, from the call for applications to the last conversation.
        ---
        A round runs for a few months. The volunteers open applications, match each applicant with a
        partner in another country, and send the pairs a topic guide every other week.

        ## Before the round

        Announce the dates, open applications and close them on the day you said.

        ## During the round

        Send each topic guide in the week the round's schedule gives it. Answer pairs' questions.

        ## After the round

        Survey the participants, publish the figures, and thank everyone who took part.

        """

    private static func about(title: String) -> String {
        """
        ---
        title: About
        summary: \(yamlText("Who runs \(title) and why."))
        menu: 1
        ---
        \(title) is run by volunteers. Write here who you are, how to reach you, and what the
        program asks of those who take part.

        """
    }

    /// A YAML scalar for any title: quoted when plain would change its meaning.
    static func yamlText(_ text: String) -> String {
        let plain =
            !text.isEmpty && text.first!.isLetter && !text.contains(": ") && !text.contains(" #")
            && !text.hasSuffix(":") && text.allSatisfy { !"\"'{}[]&*!|>%@`".contains($0) }
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }
}
