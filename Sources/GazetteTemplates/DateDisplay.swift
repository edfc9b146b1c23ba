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
        guard (0...9999).contains(parts.year) else {
            let pad = CivilDate.padded
            return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T\(pad(parts.hour, 2)):"
                + "\(pad(parts.minute, 2)):\(pad(parts.second, 2))\(Self.offset(parts.offset, separator: ":"))"
        }
        // Every page and feed entry has a few: bytes, not a dozen interpolated strings.
        let offset = abs(parts.offset)
        return String(unsafeUninitializedCapacity: 25) { buffer in
            var count = 0
            func put(_ number: Int, _ width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    buffer[count] = UInt8(ascii: "0") + UInt8(number / divisor % 10)
                    count += 1
                    divisor /= 10
                }
            }
            func put(_ character: Unicode.Scalar) {
                buffer[count] = UInt8(ascii: character)
                count += 1
            }
            put(parts.year, 4)
            put("-")
            put(parts.month, 2)
            put("-")
            put(parts.day, 2)
            put("T")
            put(parts.hour, 2)
            put(":")
            put(parts.minute, 2)
            put(":")
            put(parts.second, 2)
            put(parts.offset < 0 ? "-" : "+")
            put(offset / 3600 % 100, 2)
            put(":")
            put(offset % 3600 / 60, 2)
            return count
        }
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
        // Asked for every date shown: the first two letters, without a lowercased copy.
        var letters = language.utf8.prefix(2).makeIterator()
        let first = (letters.next() ?? 0) | 0x20
        let second = (letters.next() ?? 0) | 0x20
        return (first, second) == (UInt8(ascii: "z"), UInt8(ascii: "h"))
            || (first, second) == (UInt8(ascii: "j"), UInt8(ascii: "a"))
    }
}
