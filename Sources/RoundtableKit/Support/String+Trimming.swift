import Foundation

extension String {
    /// Without leading and trailing white space. Most values have none, and for them this
    /// returns at once instead of going through Foundation.
    func trimmingWhitespace() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first >= 0x21 && first < 0x80 && last >= 0x21 && last < 0x80 { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
