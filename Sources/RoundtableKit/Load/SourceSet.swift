import Foundation

/// Everything read from content/ and the theme, parsed and checked file by file. Drafts are
/// here too: the assemble stage decides whether they are published.
package struct SourceSet: Sendable {
    package var config: SiteConfig
    package var rounds: [Round]
    package var topics: [Topic]
    package var chapters: [Chapter]
    package var pages: [Page]
    /// The handbook's parts that have a `_part.yaml`; other part folders take their name.
    package var parts: [HandbookPart] = []
    package var pairFiles: [PairFile]
    package var theme: Theme
    /// What the site has published about each round's pairs before.
    package var ledger = StatisticsLedger()
    /// From the static folder, by path inside it.
    var staticFiles: [(path: String, bytes: Data)] = []
    /// Images and other files in content/ that a page may link to, by path.
    var attachments: [Attachment] = []
    /// Content files that could not be read or parsed (each has an error): nothing that names
    /// them is checked, since whether it is right is not known.
    var unreadContentPaths: Set<String> = []
    /// The static folder as diagnostics name it.
    var staticFolder = "static"
    /// The content folder as the command line named it.
    var contentFolder = "content"

    /// A file of content/ as diagnostics name it.
    func shownContentPath(_ path: String) -> String {
        Self.shown(path, in: contentFolder)
    }

    /// `content/topics/x.md`, or `topics/x.md` when content/ is the working directory.
    static func shown(_ contentPath: String, in contentFolder: String) -> String {
        contentFolder == "." ? contentPath : "\(contentFolder)/\(contentPath)"
    }

    /// Topics, chapters and pages marked `draft: true`, by content path.
    var draftContentPaths: [String] {
        topics.filter(\.draft).map(\.contentPath) + chapters.filter(\.draft).map(\.contentPath)
            + pages.filter(\.draft).map(\.contentPath)
    }
}
