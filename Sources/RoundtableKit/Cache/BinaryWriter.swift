import Foundation

/// Appends numbers and strings in a fixed little-endian layout for the build cache.
struct BinaryWriter {
    private(set) var data = Data()

    mutating func write(_ value: UInt64) {
        var little = value.littleEndian
        withUnsafeBytes(of: &little) { data.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Bool) { write(UInt64(value ? 1 : 0)) }

    mutating func write(_ text: String) {
        let bytes = Array(text.utf8)
        write(UInt64(bytes.count))
        data.append(contentsOf: bytes)
    }

    mutating func write(_ digest: ContentDigest) {
        write(digest.high)
        write(digest.low)
    }

    mutating func write(_ strings: [String]) {
        write(UInt64(strings.count))
        for string in strings { write(string) }
    }
}
