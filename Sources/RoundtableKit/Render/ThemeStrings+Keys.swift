extension ThemeStrings {
    /// Every key the generator itself asks for (templates name theirs): a theme's en.yaml must
    /// define them all, which loading the theme checks.
    static let keysTheGeneratorUses: [String] = {
        let fixed =
            [
                "site.document_title", "site.heading_link", "menu.rounds", "menu.topics", "menu.handbook",
                "home.current_round", "home.next_round", "home.latest_round", "home.round", "home.rounds",
                "home.participations", "home.participations_in_some", "home.countries_in_largest",
                "not_found.title", "not_found.description", "process.title", "process.description",
                "topics.title", "topics.description", "topics.untagged", "rounds.title", "rounds.description",
                "rounds.round_description",
                "statistics.withheld", "statistics.omitted_separator", "statistics.other_countries",
                "statistics.pairs", "statistics.participants", "statistics.countries_represented",
                "statistics.across_sectors", "statistics.across_stages", "statistics.completed", "statistics.satisfied",
                "statistics.of_pairs", "statistics.of_pairs_who_answered",
                "statistics.channels", "statistics.endings", "statistics.sectors", "statistics.stages",
                "figure.unknown", "numbers.thousands_separator", "dates.long",
                "calendar.name", "calendar.applications", "calendar.applications_open", "calendar.applications_close",
                "calendar.start", "calendar.end", "calendar.release", "feed.release",
                "statistics.matrix_heading", "rounds.participants", "rounds.countries",
            ] + ChartStrings.keys
        let categories =
            Round.Status.allCases.map { "status." + $0.rawValue }
            + Channel.allCases.map { "channel." + $0.rawValue } + PairStatus.allCases.map { "ending." + $0.rawValue }
            + Sector.allCases.map { "sector." + $0.rawValue } + CareerStage.allCases.map { "stage." + $0.rawValue }
            + Region.allCases.map { "region." + $0.rawValue }
            + RoundStatistics.Omission.allCases.map { "statistics.omission." + $0.key }
            + LicenceTerms.Kind.allCases.map { LicenceTerms(kind: $0, version: nil).stringKey }
        return fixed + categories + NumberFormat.monthKeys + NumberFormat.shortMonthKeys
    }()
}
