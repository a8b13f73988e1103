/// The sections of a site that list its content. A site without rounds, topic guides or handbook
/// chapters has no such section: no index page, no menu entry, no block on the home page.
enum SiteSection: String, CaseIterable {
    case rounds, topics, process

    var menuKey: String {
        switch self {
        case .rounds: "menu.rounds"
        case .topics: "menu.topics"
        case .process: "menu.handbook"
        }
    }
}

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
