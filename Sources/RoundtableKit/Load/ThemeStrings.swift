/// The words of a theme in the site's language: every heading, label and sentence a reader sees
/// that does not come from the content. Keys are dotted paths into the strings file (`menu.rounds`).
public struct ThemeStrings: Sendable {
    /// Dotted key → text: the site's overrides over the chosen language over English.
    let texts: [String: String]

    /// The text of `key`, its `{name}` placeholders filled from `values`. Every key the generator
    /// asks for is in `keysTheGeneratorUses`, which loading checks against the English file.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let text = texts[key] else { preconditionFailure("no string '\(key)': list it in keysTheGeneratorUses") }
        return values.isEmpty ? text : Self.fillingPlaceholders(in: text) { values[$0] }
    }

    /// Replaces each `{name}` (letters, digits, `_` and `.`) by `replacement(name)`; a placeholder
    /// without a replacement, and any other brace, stays as it is.
    static func fillingPlaceholders(in text: String, with replacement: (String) -> String?) -> String {
        guard text.contains("{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), case let name = String(rest[afterOpen..<close]),
                isPlaceholderName(name), let value = replacement(name)
            {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    private static func isPlaceholderName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ".")
            }
    }
}
