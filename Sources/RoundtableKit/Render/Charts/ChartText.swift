/// How wide a line of chart text is, estimated without a font: charts are laid out at build
/// time, so each character is given a generous width (DejaVu Sans, the widest of the common
/// sans-serif fonts, sets digits at 0.64 em). `scripts/chart-check` measures the real text in
/// Chromium and fails if any two labels touch.
enum ChartText {
    /// Every chart is drawn in the same box and type size, so that charts side by side line up
    /// and their text reads at one size once the box is scaled to the column.
    static let chartWidth = 360.0
    static let fontSize = 12.0

    static func width(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for character in text.unicodeScalars {
            switch character {
            case "i", "l", "j", "I", "f", "t", "r", ".", ",", ":", ";", "'", "(", ")", " ", "|", "!":
                ems += 0.36
            case "m", "w", "M", "W", "%", "—":
                ems += 0.95
            case "A"..."Z": ems += 0.74
            default: ems += 0.64
            }
        }
        return ems * size
    }

    /// `text` cut at the last character that leaves room for `…` within `width`.
    static func truncated(_ text: String, toFit width: Double, size: Double) -> String {
        guard Self.width(text, size: size) > width else { return text }
        var kept = ""
        for character in text {
            if Self.width(kept + String(character) + "…", size: size) > width { break }
            kept.append(character)
        }
        return kept + "…"
    }
}

/// A linear scale from zero to a round number at or above the largest value, with ticks at
/// round steps (1, 2 or 5 times a power of ten) far enough apart for their labels.
struct ChartScale {
    let maximum: Int
    let step: Int
    let length: Double

    var ticks: [Int] { Array(stride(from: 0, through: maximum, by: step)) }

    /// `labelWidth` says how wide the label of a tick value is.
    init(largest: Int, length: Double, labelWidth: (Int) -> Double) {
        self.length = length
        var power = 1
        while true {
            for multiple in [1, 2, 5] {
                let step = multiple * power
                let maximum = max(step, (largest + step - 1) / step * step)
                let spacing = length * Double(step) / Double(maximum)
                // A single interval is taken when nothing finer fits, however narrow.
                if maximum == step || (maximum / step <= 5 && spacing >= labelWidth(maximum) + 8) {
                    self.step = step
                    self.maximum = maximum
                    return
                }
            }
            power *= 10
        }
    }

    func position(_ value: Int) -> Double {
        length * Double(value) / Double(maximum)
    }
}
