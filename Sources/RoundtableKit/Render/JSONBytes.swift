/// JSON text (RFC 8259) built as UTF-8 bytes: at 10,000 topics the index is megabytes, and
/// escaping byte by byte costs a fraction of appending characters to a `String`.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func raw(_ json: ArraySlice<UInt8>) { bytes.append(contentsOf: json) }

    /// A JSON string: quotes, backslashes and control characters escaped; `<` too, so that the
    /// text stays inert wherever a browser meets it.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        let plain = text.withUTF8 { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        guard !plain else { return bytes.append(0x22) }
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x3C: bytes.append(contentsOf: Array("\\u003c".utf8))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
