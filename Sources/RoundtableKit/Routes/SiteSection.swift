/// The sections of a site that list its content. A site without rounds, topic guides or handbook
/// chapters has no such section: no index page, no menu entry, no block on the home page.
enum SiteSection: String, CaseIterable {
    case rounds, topics, process
}
