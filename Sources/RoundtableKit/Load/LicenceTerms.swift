/// What a licence lets readers do, read from its name ("CC BY-SA 3.0") or its Creative Commons
/// URL (`…/licenses/by-sa/3.0/`), so that the sentence beside the licence states the terms the
/// licence really has: share-alike, non-commercial, no derivatives, or none at all (CC0).
struct LicenceTerms: Equatable, Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case by
        case bySA = "by-sa"
        case byNC = "by-nc"
        case byNCSA = "by-nc-sa"
        case byND = "by-nd"
        case byNCND = "by-nc-nd"
        case publicDomain = "zero"
    }

    let kind: Kind
    /// "4.0", "3.0"; nil when the name gives none.
    let version: String?

    /// The theme string that states these terms (`licence.terms_by_sa`).
    var stringKey: String { "licence.terms_" + kind.rawValue.replacingOccurrences(of: "-", with: "_") }

    /// A short form such as "CC BY-SA 3.0", for messages.
    var shortName: String {
        let code = kind == .publicDomain ? "CC0" : "CC " + kind.rawValue.uppercased()
        return version.map { "\(code) \($0)" } ?? code
    }

    /// `https://creativecommons.org/licenses/by-nc-sa/4.0/`, `…/publicdomain/zero/1.0/`.
    init?(url: String) {
        let lowered = url.lowercased()
        guard let host = lowered.range(of: "creativecommons.org/") else { return nil }
        let parts = lowered[host.upperBound...].split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return nil }
        switch parts[0] {
        case "licenses", "licences":
            guard let kind = Kind(rawValue: parts[1]), kind != .publicDomain else { return nil }
            self.init(kind: kind, version: parts.count > 2 ? parts[2] : nil)
        case "publicdomain":
            guard parts[1] == "zero" else { return nil }
            self.init(kind: .publicDomain, version: parts.count > 2 ? parts[2] : nil)
        default: return nil
        }
    }

    /// "CC BY-SA 3.0", "CC-BY-NC 4.0", "Creative Commons Attribution-ShareAlike 4.0", "CC0 1.0".
    init?(name: String) {
        let words = name.uppercased()
            .replacingOccurrences(of: "CREATIVE COMMONS", with: "CC")
            .replacingOccurrences(of: "ATTRIBUTION", with: "BY")
            .replacingOccurrences(of: "NONCOMMERCIAL", with: "NC")
            .replacingOccurrences(of: "NON-COMMERCIAL", with: "NC")
            .replacingOccurrences(of: "SHAREALIKE", with: "SA")
            .replacingOccurrences(of: "SHARE-ALIKE", with: "SA")
            .replacingOccurrences(of: "NODERIVATIVES", with: "ND")
            .replacingOccurrences(of: "NODERIVS", with: "ND")
            .split { $0 == " " || $0 == "-" || $0 == "_" }
            .map(String.init)
        guard let first = words.first else { return nil }
        let version = words.last.flatMap { $0.first?.isNumber == true ? $0 : nil }
        if first == "CC0" || (first == "CC" && words.dropFirst().first == "0") {
            self.init(kind: .publicDomain, version: version)
            return
        }
        guard first == "CC" else { return nil }
        let elements = words.dropFirst().filter { $0.first?.isNumber != true }.map { $0.lowercased() }
        guard elements.first == "by", let kind = Kind(rawValue: elements.joined(separator: "-")) else { return nil }
        self.init(kind: kind, version: version)
    }

    init(kind: Kind, version: String?) {
        self.kind = kind
        self.version = version
    }

    /// Whether a name and a URL can describe the same licence: same terms, and the same version
    /// where both give one.
    func agrees(with other: LicenceTerms) -> Bool {
        kind == other.kind && (version == nil || other.version == nil || version == other.version)
    }
}
