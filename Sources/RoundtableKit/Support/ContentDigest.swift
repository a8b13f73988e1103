import Crypto
import Foundation

/// The first 128 bits of a SHA-256: what the build cache compares instead of bytes.
public struct ContentDigest: Hashable, Sendable {
    package let high: UInt64
    package let low: UInt64

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public init(_ data: some DataProtocol) {
        self.init(sha: SHA256.hash(data: data))
    }

    package init(_ text: String) {
        var hasher = SHA256()
        Self.update(&hasher, with: text)
        self.init(sha: hasher.finalize())
    }

    /// One digest for several parts, each length-prefixed so that ("ab", "c") ≠ ("a", "bc").
    package init(parts: [String]) {
        var hasher = SHA256()
        for part in parts { Self.update(&hasher, withPart: part) }
        self.init(sha: hasher.finalize())
    }

    /// The digest of what was fed to `hasher`, for callers that stream many small parts.
    package init(finishing hasher: SHA256) {
        self.init(sha: hasher.finalize())
    }

    /// Feeds one length-prefixed part, as `init(parts:)` does.
    package static func update(_ hasher: inout SHA256, withPart part: String) {
        var length = UInt64(part.utf8.count).littleEndian
        withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
        update(&hasher, with: part)
    }

    /// Feeds this digest's 16 bytes.
    package func update(_ hasher: inout SHA256) {
        let words = [high.bigEndian, low.bigEndian]
        words.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    }

    private static func update(_ hasher: inout SHA256, with text: String) {
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    private init(sha: SHA256.Digest) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in sha.prefix(16).enumerated() {
            if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
        }
        self.init(high: high, low: low)
    }

    package var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in 0..<16 {
            let word = index < 8 ? high : low
            let byte = UInt8(truncatingIfNeeded: word >> (56 - 8 * UInt64(index % 8)))
            bytes[2 * index] = digits[Int(byte >> 4)]
            bytes[2 * index + 1] = digits[Int(byte & 0x0F)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One digest for two, without going through text.
    package init(combining first: ContentDigest, _ second: ContentDigest) {
        var hasher = SHA256()
        first.update(&hasher)
        second.update(&hasher)
        self.init(finishing: hasher)
    }
}
