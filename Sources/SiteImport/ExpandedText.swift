import RoundtableKit

/// A body after includes and template tags are expanded, each line remembering the line of the
/// source file it came from, so that a note about it points where the organiser can look.
struct ExpandedText {
    private(set) var lines: [String] = []
    /// The source file's line (1-based) for each of `lines`.
    private(set) var origins: [Int] = []

    init() {}

    init(lines: [String], origins: [Int]) {
        self.lines = lines
        self.origins = Array(origins.prefix(lines.count))
    }

    init(_ text: String, firstLine: Int) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            append(String(line), from: firstLine + index)
        }
    }

    mutating func append(_ line: String, from origin: Int) {
        lines.append(line)
        origins.append(origin)
    }

    mutating func append(_ other: ExpandedText, from origin: Int) {
        lines.append(contentsOf: other.lines)
        origins.append(contentsOf: Array(repeating: origin, count: other.lines.count))
    }

    /// Without its first `count` lines (a title the page states anyway).
    func droppingFirst(_ count: Int) -> ExpandedText {
        ExpandedText(lines: Array(lines.dropFirst(count)), origins: Array(origins.dropFirst(count)))
    }

    var text: String { lines.joined(separator: "\n") }

    /// The source line for line `number` (1-based) of `text`.
    func origin(of number: Int) -> Int {
        origins.indices.contains(number - 1) ? origins[number - 1] : (origins.last ?? 1)
    }
}
