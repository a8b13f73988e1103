/// "Did you mean …?" for a misspelt key, code or slug.
enum Suggestion {
    /// The closest candidate within a small edit distance, or nil.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.candidate) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let allowed = max(2, min(word.count, best.candidate.count) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    static func note(for word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// For a link to a missing file: a close spelling, or else the file of that name in another
    /// folder (`desk.png` for `../images/desk.png`), the commonest slip with images.
    static func linkNote(for link: String, in candidates: some Collection<String>) -> String? {
        if let near = note(for: link, in: candidates) { return near }
        let name = link.split(separator: "/").last.map { $0.lowercased() } ?? ""
        let sameName = candidates.filter { $0.split(separator: "/").last.map { $0.lowercased() } == name }
        return sameName.min { ($0.count, $0) < ($1.count, $1) }.map { "did you mean '\($0)'?" }
    }

    /// For a name that must be one of `candidates` (an anchor's id): "did you mean …?" when one
    /// is close, otherwise the few closest, so the reader need not open the target to find it.
    static func anchorNote(for word: String, in candidates: some Collection<String>, page: String) -> String {
        if let near = note(for: word, in: candidates) { return near }
        if candidates.isEmpty { return "\(page) has no headings to link to" }
        let lowered = word.lowercased()
        let ranked = candidates.map { (candidate: $0, distance: editDistance(lowered, $0.lowercased())) }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        let shown = ranked.prefix(5).map { "'\($0.candidate)'" }.joined(separator: ", ")
        return candidates.count <= 5
            ? "the ids on \(page) are \(shown)" : "the closest of the \(candidates.count) ids on \(page): \(shown)"
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
