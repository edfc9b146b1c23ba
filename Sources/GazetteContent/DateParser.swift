import Foundation

/// Parses the date forms newsrooms write: `2026-04-12`, `2026-04-12 09:30`, `2026-04-12T09:30:00+08:00`.
public enum DateParser {
    /// The date, with `timeZone` for forms that name none; nil when the text is not a date.
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        var scanner = Substring(text.trimmingCharacters(in: .whitespaces))
        guard let year = number(&scanner, digits: 4), skip(&scanner, "-"), let month = number(&scanner, digits: 2),
            skip(&scanner, "-"), let day = number(&scanner, digits: 2)
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var zone = timeZone
        if skip(&scanner, "T") || skip(&scanner, " ") {
            guard let hour = number(&scanner, digits: 2), skip(&scanner, ":"), let minute = number(&scanner, digits: 2)
            else { return nil }
            components.hour = hour
            components.minute = minute
            if skip(&scanner, ":") {
                guard let second = number(&scanner, digits: 2) else { return nil }
                components.second = second
                if skip(&scanner, ".") {
                    while let first = scanner.first, first.isASCII, first.isNumber { scanner.removeFirst() }
                }
            }
            _ = skip(&scanner, " ")
            if skip(&scanner, "Z") {
                zone = TimeZone(secondsFromGMT: 0) ?? zone
            } else if let sign = scanner.first, sign == "+" || sign == "-" {
                scanner.removeFirst()
                guard let hours = number(&scanner, digits: 2) else { return nil }
                _ = skip(&scanner, ":")
                let minutes = number(&scanner, digits: 2) ?? 0
                let offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
                guard let fixed = TimeZone(secondsFromGMT: offset) else { return nil }
                zone = fixed
            }
        }
        guard scanner.isEmpty, (1...12).contains(month), (1...31).contains(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day
        else { return nil }
        return date
    }

    private static func number(_ scanner: inout Substring, digits: Int) -> Int? {
        let prefix = scanner.prefix(digits)
        guard prefix.count == digits, prefix.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(prefix) else {
            return nil
        }
        scanner.removeFirst(digits)
        return value
    }

    private static func skip(_ scanner: inout Substring, _ character: Character) -> Bool {
        guard scanner.first == character else { return false }
        scanner.removeFirst()
        return true
    }
}
