import Foundation

/// The calendar fields of an instant in a time zone, computed with integer arithmetic
/// (days from the civil epoch): `Calendar.dateComponents` and `String(format:)` cost several
/// microseconds a call on Linux, and every page shows dates.
public struct CivilDate: Sendable, Hashable {
    /// The year, month (1–12), day (1–31), hour, minute and second.
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    /// 1 for Sunday through 7 for Saturday, as `Calendar` counts.
    public var weekday: Int
    /// Seconds east of UTC.
    public var offset: Int

    /// The fields of `date` in `timeZone`.
    public init(_ date: Date, timeZone: TimeZone) {
        let offset = timeZone.secondsFromGMT(for: date)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = local - days * 86_400
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = seconds / 3600
        minute = seconds % 3600 / 60
        second = seconds % 60
        // 1970-01-01 was a Thursday (5).
        weekday = ((days % 7 + 7) % 7 + 4) % 7 + 1
        self.offset = offset
    }

    /// Seconds since 1970 of a wall-clock time read as UTC (Hinnant's days_from_civil).
    public static func secondsSinceEpoch(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `n` with at least `width` digits, zero-padded.
    public static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (number < 0 ? "-" : "") + padding + digits
    }
}
