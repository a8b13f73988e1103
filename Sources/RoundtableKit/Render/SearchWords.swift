/// Cuts a page's text for the search index. Works on UTF-8 bytes: it runs over every body of
/// the site, and a `Character` walk would cost more than rendering them.
enum SearchWords {
    /// The opening, cut at the last space before `openingLength` bytes, and the distinct words
    /// of the rest (letters and digits, ASCII lowercased, at least three bytes long) that the
    /// opening does not hold, joined by spaces.
    static func split(_ text: String, openingLength: Int) -> (opening: String, otherWords: String) {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > openingLength else { return (String(decoding: bytes, as: UTF8.self), "") }
            var cut = openingLength
            while cut > 0 && bytes[cut] != 0x20 { cut -= 1 }
            if cut == 0 { cut = openingLength }
            // Never inside a UTF-8 sequence.
            while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            var seen = WordHashes(expected: bytes.count / 16)
            forEachWord(in: bytes[0..<cut]) { word, hash in _ = seen.insert(hash) }
            var words: [UInt8] = []
            words.reserveCapacity((bytes.count - cut) / 3)
            forEachWord(in: bytes[cut...]) { word, hash in
                guard word.count >= 3, seen.insert(hash) else { return }
                if !words.isEmpty { words.append(0x20) }
                for byte in word { words.append(lowercased(byte)) }
            }
            return (String(decoding: bytes[0..<cut], as: UTF8.self), String(decoding: words, as: UTF8.self))
        }
    }

    /// Calls `body` with each word and the FNV-1a hash of its lowercased bytes. A word is a run
    /// of ASCII letters and digits and of non-ASCII characters other than general punctuation
    /// (U+2000–U+206F: dashes, curly quotes, ellipses), so that accented and non-Latin words stay whole.
    private static func forEachWord(
        in bytes: Slice<UnsafeBufferPointer<UInt8>>, _ body: (Slice<UnsafeBufferPointer<UInt8>>, UInt64) -> Void
    ) {
        var start = bytes.startIndex
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = bytes.startIndex
        func finish(at end: Int) {
            if end > start { body(bytes[start..<end], hash) }
            hash = 0xcbf2_9ce4_8422_2325
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0xE2, index + 1 < bytes.endIndex, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                finish(at: index)
                index += 3
                start = min(index, bytes.endIndex)
                continue
            }
            if isWordByte(byte) {
                hash = (hash ^ UInt64(lowercased(byte))) &* 0x100_0000_01b3
                index += 1
            } else {
                finish(at: index)
                index += 1
                start = index
            }
        }
        finish(at: bytes.endIndex)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

/// The set of word hashes seen so far. The hashes are FNV-1a already, so an open-addressing
/// table uses them as they are; a `Set<UInt64>` hashed each one again with SipHash, which was
/// most of the time spent cutting the text.
private struct WordHashes {
    private var slots: [UInt64]
    private var count = 0

    init(expected: Int) {
        var capacity = 64
        while capacity < expected * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
    }

    /// Adds `hash`; false when it was there already. 0 marks an empty slot, so it stands for 1.
    mutating func insert(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while slots[slot] != 0 {
            if slots[slot] == key { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        count = 0
        for key in old where key != 0 { _ = insert(key) }
    }
}
