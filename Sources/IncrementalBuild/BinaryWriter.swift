import Foundation
import RoundtableKit

/// Appends numbers and strings in a fixed little-endian layout for the build cache.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Bool) { write(UInt64(value ? 1 : 0)) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ digest: ContentDigest) {
        write(digest.high)
        write(digest.low)
    }

    mutating func write(_ status: FileStatus) {
        write(status.size)
        write(status.modifiedSeconds)
        write(status.modifiedNanoseconds)
        write(status.inode)
        write(status.isLink)
    }

    /// A length-prefixed block of bytes.
    mutating func write(block: some Collection<UInt8>) {
        write(UInt64(block.count))
        bytes.append(contentsOf: block)
    }

    mutating func write(_ strings: [String]) {
        write(UInt64(strings.count))
        for string in strings { write(string) }
    }
}
