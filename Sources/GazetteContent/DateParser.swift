import Foundation

/// Parses the date forms newsrooms write: `2026-04-12`, `2026-04-12 09:30`, `2026-04-12T09:30:00+08:00`.
public enum DateParser {
    /// The date, with `timeZone` for forms that name none; nil when the text is not a date.
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        var scanner = text.trimmedWhitespace
        guard let year = number(&scanner, digits: 4), skip(&scanner, "-"), let month = number(&scanner, digits: 2),
            skip(&scanner, "-"), let day = number(&scanner, digits: 2)
        else { return nil }
        var (hour, minute, second) = (0, 0, 0)
        var fixedOffset: Int?
        if skip(&scanner, "T") || skip(&scanner, " ") {
            guard let hours = number(&scanner, digits: 2), skip(&scanner, ":"),
                let minutes = number(&scanner, digits: 2)
            else { return nil }
            (hour, minute) = (hours, minutes)
            if skip(&scanner, ":") {
                guard let seconds = number(&scanner, digits: 2) else { return nil }
                second = seconds
                if skip(&scanner, ".") {
                    while let first = scanner.first, first.isASCII, first.isNumber { scanner.removeFirst() }
                }
            }
            _ = skip(&scanner, " ")
            if skip(&scanner, "Z") {
                fixedOffset = 0
            } else if let sign = scanner.first, sign == "+" || sign == "-" {
                scanner.removeFirst()
                guard let hours = number(&scanner, digits: 2) else { return nil }
                _ = skip(&scanner, ":")
                let minutes = number(&scanner, digits: 2) ?? 0
                guard hours <= 18, minutes <= 59 else { return nil }
                fixedOffset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
            }
        }
        guard scanner.isEmpty, (1...12).contains(month), (1...CivilDate.days(inMonth: month, of: year)).contains(day),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        let local = CivilDate.secondsSinceEpoch(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        if let fixedOffset { return Date(timeIntervalSince1970: TimeInterval(local - fixedOffset)) }
        // The zone's offset at that wall-clock time: guess with the offset at the same UTC time, then correct.
        let guess = local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))
        return Date(timeIntervalSince1970: TimeInterval(local - offset))
    }

    private static func number(_ scanner: inout Substring, digits: Int) -> Int? {
        // On bytes: ASCII digits only, and every article's date comes through here.
        let bytes = scanner.utf8
        var index = bytes.startIndex
        var value = 0
        for _ in 0..<digits {
            guard index != bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
                return nil
            }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            bytes.formIndex(after: &index)
        }
        // A digit followed by a combining mark is not a digit.
        if index != bytes.endIndex, bytes[index] >= 0x80,
            scanner[index...].unicodeScalars.first?.properties.isGraphemeExtend == true
        {
            return nil
        }
        scanner = scanner[index...]
        return value
    }

    private static func skip(_ scanner: inout Substring, _ character: Character) -> Bool {
        // The marks are ASCII: compared as a byte, and as a character only when a non-ASCII
        // byte follows (a combining mark would make the mark part of another character).
        let bytes = scanner.utf8
        guard let mark = character.asciiValue, bytes.first == mark else { return false }
        let next = bytes.index(after: bytes.startIndex)
        if next != bytes.endIndex, bytes[next] >= 0x80 {
            guard scanner.first == character else { return false }
            scanner.removeFirst()
            return true
        }
        scanner = scanner[next...]
        return true
    }
}
