/// Refuses what a pair file must never carry: anything that could name or reach a person.
/// A pair file holds pseudonymous ids and codes only, so a value that looks like an e-mail
/// address, a URL, a phone number or free text is treated as personal data, whatever it is.
enum PersonalDataGuard {
    /// Why `value` looks like personal data, or nil. `isIdentifier` is true for `pair_id`.
    static func concern(about value: String, isIdentifier: Bool) -> String? {
        let text = value.trimmingWhitespace()
        if looksLikeEmail(text) { return "looks like an e-mail address" }
        if looksLikeURL(text) { return "looks like a URL" }
        if looksLikePhoneNumber(text) { return "looks like a phone number" }
        if isIdentifier {
            let allowed = text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
            if !allowed || text.count > 64 {
                return "is not a pseudonymous id (letters, digits, '-' and '_', at most 64): it may be a name or other free text"
            }
        } else if text.contains(where: { $0.isWhitespace }) || text.count > 32 {
            return "is free text where a code belongs"
        }
        return nil
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@") else { return false }
        return at != text.startIndex && text[text.index(after: at)...].contains(".")
    }

    static func looksLikeURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.contains("://") || lowered.hasPrefix("www.") || lowered.hasPrefix("mailto:")
    }

    /// Seven or more digits with only phone punctuation around them: +61 2 9999 9999, (02) 555-0199.
    static func looksLikePhoneNumber(_ text: String) -> Bool {
        let digits = text.filter(\.isASCIIDigit).count
        let punctuation: Set<Character> = ["+", "(", ")", "-", ".", " ", "/"]
        return digits >= 7 && text.allSatisfy { $0.isASCIIDigit || punctuation.contains($0) }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
