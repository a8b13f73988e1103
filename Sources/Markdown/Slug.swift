/// Stable, readable identifiers made from text: headings, tags, file names.
public enum Slug {
    /// Lower-cases the text, keeps letters and digits of any script, and turns every other run of
    /// characters into a single hyphen, trimmed at both ends. Empty when nothing is left.
    public static func make(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            guard isKept(scalar) else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !result.isEmpty { result.append("-") }
            pendingHyphen = false
            if scalar.isASCII {
                // The common case, without a lower-case mapping string.
                let byte = UInt8(scalar.value)
                result.unicodeScalars.append(
                    Unicode.Scalar(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte))
            } else {
                // Lower-casing can add a combining mark (İ → i̇); keep only what a second pass keeps.
                result.unicodeScalars.append(
                    contentsOf: scalar.properties.lowercaseMapping.unicodeScalars.filter(isKept))
            }
        }
        return result
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
