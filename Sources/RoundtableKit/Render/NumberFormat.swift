/// Figures as readers expect them: `1,162`, and `unknown` where none was published.
enum NumberFormat {
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    static func figure(_ value: Known<Int>) -> [String: Any] {
        switch value {
        case .known(let number): return ["known": true, "text": grouped(number)]
        case .unknown: return ["known": false, "text": "unknown"]
        }
    }

    static func date(_ value: Known<CalendarDate>) -> [String: Any] {
        switch value {
        case .known(let date): return ["known": true, "iso": date.iso, "text": date.longForm]
        case .unknown: return ["known": false, "text": "unknown"]
        }
    }
}
