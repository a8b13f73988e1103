extension Site {
    /// The sections this site has content for, in menu order.
    var sections: [SiteSection] {
        SiteSection.allCases.filter { has($0) }
    }

    func has(_ section: SiteSection) -> Bool {
        switch section {
        case .rounds: !rounds.isEmpty
        case .topics: !topics.isEmpty
        case .process: !chapters.isEmpty
        }
    }
}

extension Site {
    /// Whether the site has a page the search index holds: a round, a guide, a chapter or a page.
    var isSearchable: Bool {
        !rounds.isEmpty || !topics.isEmpty || !chapters.isEmpty || !pages.isEmpty
    }
}
