/// Horizontal bars, one per category or round, each labelled with its figures. Horizontal so
/// that labels of any length read on a phone, and a round's name never has to be turned.
struct BarChart {
    struct Bar {
        let label: String
        let value: ChartValue
        /// What is written at the end of the bar: the count, perhaps its percentage; for a
        /// withheld or unknown figure, the word the table uses.
        let figures: [ChartFigure]
    }

    let labels: ChartLabels
    let bars: [Bar]

    static let rowHeight = 24.0
    static let barHeight = 14.0

    func svg(format: NumberFormat) -> String {
        let size = ChartText.fontSize
        let widestLabel = bars.map { ChartText.width($0.label, size: size) }.max() ?? 0
        let labelColumn = min(widestLabel, ChartText.chartWidth * 0.4) + 8
        let valueColumn = (bars.map { ChartText.width($0.figures.map(\.text).joined(), size: size) }.max() ?? 0) + 8
        let plotStart = labelColumn
        let scale = ChartScale(
            largest: bars.compactMap(\.value.number).max() ?? 0,
            length: ChartText.chartWidth - labelColumn - valueColumn,
            labelWidth: { ChartText.width(format.grouped($0), size: size) })
        let rowsHeight = Double(bars.count) * Self.rowHeight
        let height = rowsHeight + 22

        var svg = SVGWriter()
        labels.open(&svg, kind: "bar-chart", width: ChartText.chartWidth, height: height)
        svg.open("g", [("class", "grid")])
        for tick in scale.ticks {
            let x = plotStart + scale.position(tick)
            svg.element("line", .at(("x1", x), ("y1", 0), ("x2", x), ("y2", rowsHeight)))
        }
        svg.close("g")
        svg.open("g", [("class", "axis")])
        for tick in scale.ticks {
            let x = plotStart + scale.position(tick)
            svg.element(
                "text", .at(("x", x), ("y", rowsHeight + 15)) + [("text-anchor", "middle")],
                content: format.grouped(tick))
        }
        svg.close("g")
        for (index, bar) in bars.enumerated() {
            let top = Double(index) * Self.rowHeight
            let baseline = top + Self.rowHeight / 2 + size * 0.35
            let kind: String
            switch bar.value {
            case .number: kind = "bar-row"
            case .withheld: kind = "bar-row row-withheld"
            case .unknown: kind = "bar-row row-unknown"
            }
            svg.open("g", [("class", kind)])
            svg.element(
                "text", .at(("x", labelColumn - 8), ("y", baseline)) + [("class", "label"), ("text-anchor", "end")],
                content: ChartText.truncated(bar.label, toFit: labelColumn - 8, size: size))
            var valueStart = plotStart + 4
            if let number = bar.value.number {
                let length = scale.position(number)
                let barTop = top + (Self.rowHeight - Self.barHeight) / 2
                svg.element(
                    "rect",
                    .at(("x", plotStart), ("y", barTop), ("width", length), ("height", Self.barHeight))
                        + [("class", "bar")])
                valueStart = plotStart + length + 4
            }
            svg.figures(bar.figures, .at(("x", valueStart), ("y", baseline)) + [("class", "value")])
            svg.close("g")
        }
        svg.close("svg")
        return svg.text
    }
}
