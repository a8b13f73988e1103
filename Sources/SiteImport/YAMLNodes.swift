import Yams

extension Node.Mapping {
    /// The value under a plain key, compared as text whatever tag the resolver gave it.
    func value(for key: String) -> Node? {
        first { $0.key.scalar?.string == key }?.value
    }

    func string(_ key: String) -> String? {
        value(for: key)?.scalar?.string
    }
}

/// YAML written by the importer: every string double-quoted, so no title can change type.
enum YAMLText {
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
