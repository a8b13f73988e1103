/// What a chart draws for one figure. A withheld or unknown figure has no length, position or
/// shade: it is drawn as its word, exactly as the table beside the chart writes it.
enum ChartValue: Equatable {
    case number(Int)
    case withheld
    case unknown

    var number: Int? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// A piece of text a chart writes, with the `data-figure` key the table gives the same figure,
/// so that a test (and an auditor) can see that chart and table say the same.
struct ChartFigure: Equatable {
    let text: String
    let key: String?

    init(_ text: String, key: String? = nil) {
        self.text = text
        self.key = key
    }
}

/// The parts every chart shares: its id (for the ids of its title and description), what it
/// shows, the sentence that states its figures, and the id of the table with the same numbers.
struct ChartLabels {
    let id: String
    let title: String
    let summary: String
    let table: String?

    /// What `partials/chart` shows: the title as the figure's caption, and the drawing.
    func values(svg: String) -> [String: Any] {
        ["title": title, "svg": svg]
    }

    /// The opening `<svg>` with its accessible name and description.
    func open(_ svg: inout SVGWriter, kind: String, width: Double, height: Double) {
        var attributes: [(String, String)] = [
            ("class", "chart " + kind),
            ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
            ("width", SVGWriter.number(width)), ("height", SVGWriter.number(height)),
            ("role", "img"), ("aria-labelledby", id + "-title"), ("aria-describedby", id + "-desc"),
        ]
        if let table { attributes.append(("data-table", table)) }
        svg.open("svg", attributes)
        svg.element("title", [("id", id + "-title")], content: title)
        svg.element("desc", [("id", id + "-desc")], content: summary)
    }
}

extension SVGWriter {
    /// A `<text>` of figures, each in a `<tspan>` with its key, joined by the text between them.
    mutating func figures(_ parts: [ChartFigure], _ attributes: [(String, String)]) {
        open("text", attributes)
        for part in parts {
            if let key = part.key {
                element("tspan", [("data-figure", key)], content: part.text)
            } else {
                text(part.text)
            }
        }
        close("text")
    }

    mutating func text(_ content: String) {
        append(raw: Self.escaped(content))
    }
}
