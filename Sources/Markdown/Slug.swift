/// Stable, readable identifiers made from text: headings, tags, file names.
public enum Slug {
    /// Lower-cases the text, keeps letters and digits of any script, and turns every other run of
    /// characters into a single hyphen, trimmed at both ends. Empty when nothing is left.
    public static func make(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if isKept(scalar) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                // Lower-casing can add a combining mark (İ → i̇); keep only what a second pass keeps.
                result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars.filter(isKept))
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
