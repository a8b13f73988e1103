/// Refuses what a pair file must never carry: anything that could name or reach a person.
/// A pair file holds pseudonymous ids and codes only, so a value that looks like an e-mail
/// address, a URL, a phone number or free text is treated as personal data, whatever it is.
///
/// It runs on every value of every pair file, so it looks at UTF-8 bytes, not characters.
enum PersonalDataGuard {
    /// Why `value` looks like personal data, or nil. `isIdentifier` is true for `pair_id`.
    static func concern(about value: String, isIdentifier: Bool) -> String? {
        let text = value.trimmingWhitespace()
        let bytes = Array(text.utf8)
        if looksLikeEmail(bytes) { return "looks like an e-mail address" }
        if looksLikeURL(bytes) { return "looks like a URL" }
        if looksLikePhoneNumber(bytes) { return "looks like a phone number" }
        if isIdentifier {
            if !bytes.isEmpty, !looksLikePseudonym(bytes) {
                return "does not look like a pseudonym; allowed: \(pseudonymRule)"
            }
        } else if bytes.count > 32 || bytes.contains(where: isSpaceByte)
            || (bytes.contains { $0 >= 0x80 } && text.contains { $0.isWhitespace })
        {
            return "is free text where a code belongs"
        }
        return nil
    }

    /// What a pair id may be, for the messages that refuse one.
    static let pseudonymRule =
        "'p' and 16 lower-case hex digits, or up to 64 letters, digits, '-' and '_' including a digit, so that it "
        + "cannot be a name"

    /// The anonymiser's form (`p` and 16 lower-case hex digits), or an opaque token of letters,
    /// digits, `-` and `_` (at most 64) with at least one digit: `Jane_Doe` and `smith` are
    /// refused as possible names, `sample-0001` and `q01` pass.
    static func looksLikePseudonym(_ bytes: [UInt8]) -> Bool {
        if bytes.count == 17, bytes[0] == UInt8(ascii: "p"), bytes.dropFirst().allSatisfy(isLowerHexByte) {
            return true
        }
        return bytes.count <= 64 && bytes.allSatisfy(isIdentifierByte) && bytes.contains(where: isDigitByte)
    }

    static func looksLikeEmail(_ bytes: [UInt8]) -> Bool {
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0 else { return false }
        return bytes[(at + 1)...].contains(UInt8(ascii: "."))
    }

    static func looksLikeURL(_ bytes: [UInt8]) -> Bool {
        let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if lowered.starts(with: Array("www.".utf8)) || lowered.starts(with: Array("mailto:".utf8)) { return true }
        guard lowered.count >= 3 else { return false }
        return (0...(lowered.count - 3)).contains {
            lowered[$0] == 0x3A && lowered[$0 + 1] == 0x2F && lowered[$0 + 2] == 0x2F
        }
    }

    /// Seven or more digits with only phone punctuation around them: +61 2 9999 9999, (02) 555-0199.
    static func looksLikePhoneNumber(_ bytes: [UInt8]) -> Bool {
        var digits = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                continue
            }
            guard "+()-. /".utf8.contains(byte) else { return false }
        }
        return digits >= 7
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2D || byte == 0x5F
    }

    private static func isDigitByte(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    private static func isLowerHexByte(_ byte: UInt8) -> Bool {
        isDigitByte(byte) || (byte >= 0x61 && byte <= 0x66)
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
