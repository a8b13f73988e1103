/// A page's element ids as the build cache keeps them: encoded in one block, and decoded only
/// for a page that a `#fragment` link points into. Decoding every page's ids on every rebuild
/// was a third of reading the cache.
struct ElementIDList: Sendable {
    /// `BinaryWriter`'s encoding of the sorted ids: from a cache, a slice of the cache's bytes.
    let encoded: ArraySlice<UInt8>

    init(_ ids: some Sequence<String>) {
        var writer = BinaryWriter()
        writer.write(ids.sorted())
        encoded = writer.bytes[...]
    }

    init(encoded: ArraySlice<UInt8>) {
        self.encoded = encoded
    }

    /// The ids, sorted. The block comes from this build or from a cache whose checksum held.
    var ids: [String] {
        var reader = BinaryReader(Array(encoded), range: 0..<encoded.count)
        return reader.strings() ?? []
    }
}
