/// A page's old address and where it moved: the build writes a small page there that sends
/// readers (and search engines, through its canonical link) on to the page.
public struct Redirect: Sendable {
    public let from: Route
    public let to: Route
    /// The page's title, for the link a reader follows when the refresh does not happen.
    public let title: String
}
