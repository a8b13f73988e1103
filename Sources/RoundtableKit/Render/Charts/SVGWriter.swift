import ThemeTemplates

/// An SVG element tree written as text. Coordinates carry at most one decimal, so a chart is the
/// same bytes on every machine; text and attribute values are escaped as in HTML.
struct SVGWriter {
    private(set) var text = ""

    /// `12`, `12.5`, `-0.3`: tenths, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let rest = abs(tenths) % 10
        return rest == 0 ? sign + String(whole) : "\(sign)\(whole).\(rest)"
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        text += ">"
    }

    mutating func close(_ name: String) {
        text += "</\(name)>"
    }

    /// An element with text inside, or empty (`<rect …/>`) when `content` is nil.
    mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        start(name, attributes)
        if let content {
            text += ">" + Self.escaped(content) + "</\(name)>"
        } else {
            text += "/>"
        }
    }

    /// Text already escaped.
    mutating func append(raw: String) {
        text += raw
    }

    static func escaped(_ value: String) -> String {
        HTMLText.escaped(value)
    }

    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        text += "<" + name
        for (attribute, value) in attributes {
            text += " \(attribute)=\"\(Self.escaped(value))\""
        }
    }
}

extension [(String, String)] {
    /// Geometry attributes from numbers: `[("x", 4.25)]` → `x="4.3"`.
    static func at(_ values: (String, Double)...) -> [(String, String)] {
        values.map { ($0.0, SVGWriter.number($0.1)) }
    }
}
