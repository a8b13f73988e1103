/// Figures and dates as the theme's strings write them: `1,162`, `29 February 2016`, and the
/// theme's word for `unknown` where none was published.
struct NumberFormat {
    private let separator: String
    private let unknown: String
    private let longDate: String
    private let months: [String]
    /// `Jan` … `Dec`, for the months along a timeline.
    let shortMonths: [String]

    static let monthKeys = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ].map { "dates.months." + $0 }
    static let shortMonthKeys = monthKeys.map { $0.replacingOccurrences(of: ".months.", with: ".short_months.") }

    init(strings: ThemeStrings) {
        separator = strings.text("numbers.thousands_separator")
        unknown = strings.text("figure.unknown")
        longDate = strings.text("dates.long")
        months = Self.monthKeys.map { strings.text($0) }
        shortMonths = Self.shortMonthKeys.map { strings.text($0) }
    }

    func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    func figure(_ value: Known<Int>) -> [String: Any] {
        switch value {
        case .known(let number): return ["known": true, "text": grouped(number)]
        case .unknown: return ["known": false, "text": unknown]
        }
    }

    func date(_ value: Known<CalendarDate>) -> [String: Any] {
        switch value {
        case .known(let date): return ["known": true, "iso": date.iso, "text": longForm(date)]
        case .unknown: return ["known": false, "text": unknown]
        }
    }

    /// "29 February 2016": unambiguous for readers in every country.
    func longForm(_ date: CalendarDate) -> String {
        let values = ["day": String(date.day), "month": months[date.month - 1], "year": String(date.year)]
        return ThemeStrings.fillingPlaceholders(in: longDate) { values[$0] }
    }
}
