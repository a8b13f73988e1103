extension SiteSection {
    /// The theme's string that names the section in the menu.
    var menuKey: String {
        switch self {
        case .rounds: "menu.rounds"
        case .topics: "menu.topics"
        case .process: "menu.handbook"
        }
    }
}
