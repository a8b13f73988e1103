import CRoundtableSystem
import Foundation

/// The `id` attributes of a rendered page: what a `#fragment` link can land on. Every page is
/// scanned once as it is rendered, so the search runs on bytes with `memmem`.
enum ElementIDs {
    static func `in`(_ html: Data) -> Set<String> {
        let marker: [UInt8] = Array(" id=\"".utf8)
        var ids: Set<String> = []
        html.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count,
                let found = roundtable_memmem(base + offset, buffer.count - offset, marker, marker.count)
            {
                let start = found - base + marker.count
                guard let close = buffer[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                ids.insert(
                    unescape(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<close]), as: UTF8.self)))
                offset = close
            }
        }
        return ids
    }

    private static func unescape(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
