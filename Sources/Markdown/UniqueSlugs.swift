/// Hands out slugs that are unique within one page: a repeat gets `-1`, `-2`, … appended.
public struct UniqueSlugs: Sendable {
    private var used: Set<String> = []
    /// The next suffix to try for each slug, so that many repeats stay linear.
    private var nextSuffix: [String: Int] = [:]

    public init(reserved: Set<String> = []) {
        used = reserved
    }

    public mutating func claim(_ text: String, fallback: String = "section") -> String {
        let slug = Slug.make(text)
        let base = slug.isEmpty ? fallback : slug
        var candidate = base
        var counter = nextSuffix[base] ?? 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        nextSuffix[base] = counter
        used.insert(candidate)
        return candidate
    }
}
