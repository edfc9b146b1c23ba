import Foundation
import GazetteContent

/// Dates as readers see them (`2026年4月12日`, `April 12, 2026`) and as machines read them (ISO 8601).
public struct DateDisplay: Sendable {
    let timeZone: TimeZone

    /// Creates a formatter for a time zone.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// The date in the reader's language.
    public func day(_ date: Date, language: String) -> String {
        let parts = CivilDate(date, timeZone: timeZone)
        if Self.isCJK(language) { return "\(parts.year)年\(parts.month)月\(parts.day)日" }
        return "\(Self.englishMonths[parts.month - 1]) \(parts.day), \(parts.year)"
    }

    /// A month heading (`4月`, `April`).
    public func monthName(_ month: Int, language: String) -> String {
        Self.isCJK(language) ? "\(month)月" : Self.englishMonths[max(0, min(11, month - 1))]
    }

    /// ISO 8601 with the site's offset: `2026-04-12T08:00:00+08:00`.
    public func iso(_ date: Date) -> String {
        let parts = CivilDate(date, timeZone: timeZone)
        let pad = CivilDate.padded
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T\(pad(parts.hour, 2)):"
            + "\(pad(parts.minute, 2)):\(pad(parts.second, 2))\(Self.offset(parts.offset, separator: ":"))"
    }

    /// RFC 822, as RSS wants: `Sun, 12 Apr 2026 08:00:00 +0800`.
    public func rfc822(_ date: Date) -> String {
        let parts = CivilDate(date, timeZone: timeZone)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let pad = CivilDate.padded
        return "\(weekdays[parts.weekday - 1]), \(pad(parts.day, 2)) \(Self.englishMonths[parts.month - 1].prefix(3)) "
            + "\(pad(parts.year, 4)) \(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2)) "
            + Self.offset(parts.offset, separator: "")
    }

    /// The year and month of a date in the site's time zone.
    public func yearMonth(_ date: Date) -> (year: Int, month: Int) {
        let parts = CivilDate(date, timeZone: timeZone)
        return (parts.year, parts.month)
    }

    private static func offset(_ seconds: Int, separator: String) -> String {
        let sign = seconds < 0 ? "-" : "+"
        return sign + CivilDate.padded(abs(seconds) / 3600, 2) + separator
            + CivilDate.padded(abs(seconds) % 3600 / 60, 2)
    }

    /// True for Chinese and Japanese language tags.
    public static func isCJKLanguage(_ language: String) -> Bool { isCJK(language) }

    static func isCJK(_ language: String) -> Bool {
        ["zh", "ja"].contains { language.lowercased().hasPrefix($0) }
    }
}
