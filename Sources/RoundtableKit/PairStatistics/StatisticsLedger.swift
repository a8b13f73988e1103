import Yams

/// What the site has published about each round's pairs: the figures as a reader saw them, and
/// nothing else (no pair data). A reader may have kept any release — web archives and clones
/// keep old pages — so a new release is compared with every earlier one before it goes out.
/// Kept as `content/statistics-ledger.yaml`, written by `roundtable build` and committed with
/// the site.
public struct StatisticsLedger: Sendable, Equatable {
    public static let fileName = "statistics-ledger.yaml"

    public struct Release: Sendable, Equatable {
        public let threshold: Int
        /// By `data-figure` key without the round id.
        public let figures: [String: String]
        /// Why this release replaced the one before it; nil for a round's first release.
        public let correction: String?

        package init(threshold: Int, figures: [String: String], correction: String?) {
            self.threshold = threshold
            self.figures = figures
            self.correction = correction
        }
    }

    /// Oldest first, by round id.
    public private(set) var releases: [String: [Release]] = [:]

    public init() {}

    package init(releases: [String: [Release]]) { self.releases = releases }

    /// The newest release of a round, if it has one.
    func current(_ roundID: String) -> Release? { releases[roundID]?.last }

    mutating func record(_ release: Release, for roundID: String) {
        if releases[roundID]?.last == release { return }
        releases[roundID, default: []].append(release)
    }

    // MARK: - The file

    static func load(_ source: SourceText) -> (StatisticsLedger?, [Diagnostic]) {
        let problem = { (message: String) in (StatisticsLedger?.none, [source.error(message, line: 1)]) }
        guard !source.text.allSatisfy(\.isWhitespace) else { return (StatisticsLedger(), []) }
        guard let node = try? Yams.compose(yaml: source.text), case .mapping(let rounds) = node else {
            return problem(
                "the statistics ledger is not a mapping of round ids to releases; restore it from version control")
        }
        var ledger = StatisticsLedger()
        for (key, value) in rounds {
            guard let roundID = key.string, case .sequence(let list) = value else {
                return problem(
                    "the statistics ledger's entry for '\(key.string ?? "?")' is not a list of releases; restore it "
                        + "from version control"
                )
            }
            for item in list {
                guard case .mapping(let fields) = item, let threshold = fields["threshold"]?.int,
                    case .mapping(let figureNodes)? = fields["figures"]
                else {
                    return problem(
                        "a release of round \(roundID) in the statistics ledger has no threshold or figures; "
                            + "restore it from version control"
                    )
                }
                var figures: [String: String] = [:]
                for (figure, text) in figureNodes {
                    if let figure = figure.string, let text = text.string { figures[figure] = text }
                }
                ledger.releases[roundID, default: []].append(
                    Release(threshold: threshold, figures: figures, correction: fields["correction"]?.string))
            }
        }
        return (ledger, [])
    }

    /// The file's text: sorted, so that the same ledger is always the same bytes.
    public func encoded() -> String {
        var text = """
            # The pair statistics this site has published, round by round: written by `roundtable build`.
            # Commit it with the site and do not edit it: readers may have kept any of these releases, so
            # each new one is checked against them all. See docs/privacy.md.

            """
        for roundID in releases.keys.sorted() {
            text += "\(Self.quoted(roundID)):\n"
            for release in releases[roundID]! {
                text += "  - threshold: \(release.threshold)\n"
                if let correction = release.correction { text += "    correction: \(Self.quoted(correction))\n" }
                text += "    figures:\n"
                for key in release.figures.keys.sorted() {
                    text += "      \(Self.quoted(key)): \(Self.quoted(release.figures[key]!))\n"
                }
            }
        }
        return text
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
