import Foundation

/// Dates as readers see them (`2026年4月12日`, `April 12, 2026`) and as machines read them (ISO 8601).
public struct DateDisplay: Sendable {
    let calendar: Calendar

    /// Creates a formatter for a time zone.
    public init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// The date in the reader's language.
    public func day(_ date: Date, language: String) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let (year, month, day) = (parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        if Self.isCJK(language) { return "\(year)年\(month)月\(day)日" }
        return "\(Self.englishMonths[month - 1]) \(day), \(year)"
    }

    /// A month heading (`4月`, `April`).
    public func monthName(_ month: Int, language: String) -> String {
        Self.isCJK(language) ? "\(month)月" : Self.englishMonths[max(0, min(11, month - 1))]
    }

    /// ISO 8601 with the site's offset: `2026-04-12T08:00:00+08:00`.
    public func iso(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = calendar.timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, sign, abs(offset) / 3600, abs(offset) % 3600 / 60)
    }

    /// RFC 822, as RSS wants: `Sun, 12 Apr 2026 08:00:00 +0800`.
    public func rfc822(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let offset = calendar.timeZone.secondsFromGMT(for: date)
        return String(
            format: "%@, %02d %@ %04d %02d:%02d:%02d %@%02d%02d", weekdays[(parts.weekday ?? 1) - 1], parts.day ?? 1,
            String(Self.englishMonths[(parts.month ?? 1) - 1].prefix(3)), parts.year ?? 1970, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0, offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
    }

    /// The year and month of a date in the site's time zone.
    public func yearMonth(_ date: Date) -> (year: Int, month: Int) {
        let parts = calendar.dateComponents([.year, .month], from: date)
        return (parts.year ?? 1970, parts.month ?? 1)
    }

    /// True for Chinese and Japanese language tags.
    public static func isCJKLanguage(_ language: String) -> Bool { isCJK(language) }

    static func isCJK(_ language: String) -> Bool {
        ["zh", "ja"].contains { language.lowercased().hasPrefix($0) }
    }
}
