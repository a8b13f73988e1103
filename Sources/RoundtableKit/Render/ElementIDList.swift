/// A page's element ids in one block of bytes (sorted, each ended by a zero byte), decoded only
/// for a page that a `#fragment` link points into: a site has tens of thousands of ids, and
/// the incremental build stores the block as it is.
package struct ElementIDList: Sendable {
    package let encoded: ArraySlice<UInt8>

    init(_ ids: some Sequence<String>) {
        var bytes: [UInt8] = []
        for id in ids.sorted() {
            bytes += id.utf8.filter { $0 != 0 }
            bytes.append(0)
        }
        encoded = bytes[...]
    }

    package init(encoded: ArraySlice<UInt8>) {
        self.encoded = encoded
    }

    /// The ids, sorted.
    var ids: [String] {
        encoded.split(separator: 0, omittingEmptySubsequences: false).dropLast().map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
