import Foundation

/// The `id` attributes of a rendered page: what a `#fragment` link can land on.
enum ElementIDs {
    static func `in`(_ html: Data) -> Set<String> {
        let text = String(decoding: html, as: UTF8.self)
        var ids: Set<String> = []
        var searchStart = text.startIndex
        while let attribute = text.range(of: " id=\"", range: searchStart..<text.endIndex),
              let close = text[attribute.upperBound...].firstIndex(of: "\"") {
            ids.insert(unescape(String(text[attribute.upperBound..<close])))
            searchStart = close
        }
        return ids
    }

    private static func unescape(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
