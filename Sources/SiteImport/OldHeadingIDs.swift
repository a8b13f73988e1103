/// How the old generator gave headings their ids, so that the imported chapter can keep them
/// (through `anchors:`) where Roundtable's own ids differ.
enum OldHeadingIDs {
    /// Jekyll's kramdown with GitHub-flavoured input (its default): lower case, everything but
    /// letters, digits, `_`, `-` and spaces dropped, each space a hyphen; repeats get `-1`, `-2`.
    case gitHub
    /// mdBook: letters and digits (ASCII lower-cased), `_` and `-` kept, whitespace a hyphen.
    case mdBook

    /// The ids of headings with these texts, in order, as the old generator numbered repeats.
    func ids(of texts: [String]) -> [String] {
        var counts: [String: Int] = [:]
        return texts.map { text in
            let base = id(of: text)
            let seen = counts[base, default: 0]
            counts[base] = seen + 1
            return seen == 0 ? base : "\(base)-\(seen)"
        }
    }

    private func id(of text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let isWord =
                properties.isAlphabetic || properties.numericType != nil || scalar == "_"
                || properties.generalCategory == .nonspacingMark
            switch self {
            case .gitHub:
                if isWord || scalar == "-" {
                    result += String(scalar).lowercased()
                } else if scalar == " " || scalar == "\t" {
                    result += "-"
                }
            case .mdBook:
                if isWord || scalar == "-" {
                    result.unicodeScalars.append(
                        scalar.isASCII ? Unicode.Scalar(UInt8(scalar.value)).asciiLowercased : scalar)
                } else if properties.isWhitespace {
                    result += "-"
                }
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    fileprivate var asciiLowercased: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 0x20)! : self
    }
}
