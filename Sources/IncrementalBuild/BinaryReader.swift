import Foundation
import RoundtableKit

/// Reads what `BinaryWriter` wrote. Every read is bounds-checked and returns nil past the end
/// or on nonsense, so a truncated or corrupt cache is rejected, never trusted.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset: Int
    private let end: Int

    /// Reads `range` of `bytes`.
    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { offset == end }

    /// Bytes left to read: a bound on any count the cache claims.
    var remaining: Int { end - offset }

    mutating func uint64() -> UInt64? {
        guard offset + 8 <= end else { return nil }
        let value = bytes.withUnsafeBytes {
            UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        offset += 8
        return value
    }

    mutating func int() -> Int? { uint64().map { Int(Int64(bitPattern: $0)) } }

    mutating func bool() -> Bool? {
        switch uint64() {
        case 0: false
        case 1: true
        default: nil
        }
    }

    mutating func string() -> String? {
        guard let count = uint64(), count <= UInt64(remaining) else { return nil }
        let stringEnd = offset + Int(count)
        defer { offset = stringEnd }
        return String(validating: bytes[offset..<stringEnd], as: UTF8.self)
    }

    /// A block written by `BinaryWriter.write(block:)`, sharing the reader's storage.
    mutating func block() -> ArraySlice<UInt8>? {
        guard let count = uint64(), count <= UInt64(remaining) else { return nil }
        let blockEnd = offset + Int(count)
        defer { offset = blockEnd }
        return bytes[offset..<blockEnd]
    }

    /// A reader of the next block written by `BinaryWriter.write(block:)`, which this one skips.
    mutating func blockReader() -> BinaryReader? {
        guard let count = uint64(), count <= UInt64(remaining) else { return nil }
        let blockEnd = offset + Int(count)
        defer { offset = blockEnd }
        return BinaryReader(bytes, range: offset..<blockEnd)
    }

    mutating func digest() -> ContentDigest? {
        guard let high = uint64(), let low = uint64() else { return nil }
        return ContentDigest(high: high, low: low)
    }

    mutating func status() -> FileStatus? {
        guard let size = int(), let seconds = int(), let nanoseconds = int(), let inode = uint64(), let isLink = bool()
        else { return nil }
        return FileStatus(
            size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds, inode: inode, isLink: isLink)
    }

    mutating func strings() -> [String]? {
        guard let count = uint64(), count <= UInt64(remaining) / 8 else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let string = string() else { return nil }
            strings.append(string)
        }
        return strings
    }
}
