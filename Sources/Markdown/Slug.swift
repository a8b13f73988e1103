/// Stable, readable identifiers made from text: headings, tags, file names.
public enum Slug {
    /// Lower-cases the text, keeps letters and digits of any script, and turns every other run of
    /// characters into a single hyphen, trimmed at both ends. Empty when nothing is left.
    public static func make(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }
}
