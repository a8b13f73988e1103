/// The kind of library a participant works in.
public enum Sector: String, Sendable, CaseIterable {
    case academic, `public`, school, special, government, other
}
