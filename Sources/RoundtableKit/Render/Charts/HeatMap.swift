/// A square table of counts drawn as shaded cells, darker for more: the pairs between regions.
/// A withheld cell is hatched and says so in words; its shade tells nothing. Numbers sit on a
/// chip of the page's colour, so they read on every shade.
struct HeatMap {
    struct Square {
        let value: ChartValue
        let figure: ChartFigure
    }

    let labels: ChartLabels
    let rows: [String]
    let columns: [String]
    let cells: [[Square]]

    static let cellFontSize = 11.0

    func svg() -> String {
        let size = ChartText.fontSize
        let rowLabels = (rows.map { ChartText.width($0, size: size) }.max() ?? 0) + 8
        let widestCell = cells.joined().map { ChartText.width($0.figure.text, size: Self.cellFontSize) }.max() ?? 0
        // Cells share the width left by the labels, but never so small that their words do not fit.
        let sharedWidth = (ChartText.chartWidth - rowLabels) / Double(max(columns.count, 1))
        let cellSize = max(min(56, sharedWidth), widestCell + 6, 24)
        let widestColumn = columns.map { ChartText.width($0, size: size) }.max() ?? 0
        let turned = widestColumn > cellSize - 4
        // Turned labels read upwards at 45°; their height is what they need.
        let header = turned ? widestColumn * 0.71 + size : size + 8
        let width = rowLabels + cellSize * Double(columns.count) + (turned ? size : 0)
        let height = header + cellSize * Double(rows.count) + 2
        let largest = cells.joined().compactMap(\.value.number).max() ?? 0

        var svg = SVGWriter()
        labels.open(&svg, kind: "heat-map", width: width, height: height)
        svg.open("defs")
        svg.open(
            "pattern",
            [("id", labels.id + "-hatch"), ("class", "hatch"), ("patternUnits", "userSpaceOnUse")]
                + .at(("width", 6), ("height", 6)) + [("patternTransform", "rotate(45)")])
        svg.element("rect", .at(("width", 6), ("height", 6)) + [("class", "hatch-ground")])
        svg.element("line", .at(("x1", 0), ("y1", 0), ("x2", 0), ("y2", 6)) + [("class", "hatch-line")])
        svg.close("pattern")
        svg.close("defs")
        svg.open("g", [("class", "labels")])
        for (index, column) in columns.enumerated() {
            let centre = rowLabels + cellSize * (Double(index) + 0.5)
            if turned {
                svg.element(
                    "text",
                    .at(("x", centre), ("y", header - 6))
                        + [("transform", "rotate(-45 \(SVGWriter.number(centre)) \(SVGWriter.number(header - 6)))")],
                    content: column)
            } else {
                svg.element(
                    "text", .at(("x", centre), ("y", header - 8)) + [("text-anchor", "middle")], content: column)
            }
        }
        for (index, row) in rows.enumerated() {
            let middle = header + cellSize * (Double(index) + 0.5) + size * 0.35
            svg.element("text", .at(("x", rowLabels - 8), ("y", middle)) + [("text-anchor", "end")], content: row)
        }
        svg.close("g")
        for (rowIndex, row) in cells.enumerated() {
            for (columnIndex, cell) in row.enumerated() {
                let x = rowLabels + cellSize * Double(columnIndex)
                let y = header + cellSize * Double(rowIndex)
                let box: [(String, String)] = .at(
                    ("x", x + 1), ("y", y + 1), ("width", cellSize - 2), ("height", cellSize - 2))
                var textClass = "value"
                switch cell.value {
                case .number(let number) where number > 0 && largest > 0:
                    let shade = 0.15 + 0.85 * Double(number) / Double(largest)
                    svg.element("rect", box + [("class", "cell"), ("fill-opacity", SVGWriter.number(shade))])
                    let chip = ChartText.width(cell.figure.text, size: Self.cellFontSize) + 6
                    svg.element(
                        "rect",
                        .at(
                            ("x", x + (cellSize - chip) / 2), ("y", y + cellSize / 2 - 8), ("width", chip),
                            ("height", 16), ("rx", 3)) + [("class", "chip")])
                case .number:
                    svg.element("rect", box + [("class", "cell empty")])
                case .withheld, .unknown:
                    svg.element("rect", box + [("class", "cell withheld"), ("fill", "url(#\(labels.id)-hatch)")])
                    textClass += " withheld"
                }
                svg.figures(
                    [cell.figure],
                    .at(("x", x + cellSize / 2), ("y", y + cellSize / 2 + Self.cellFontSize * 0.35))
                        + [("class", textClass), ("text-anchor", "middle")])
            }
        }
        svg.close("svg")
        return svg.text
    }
}
