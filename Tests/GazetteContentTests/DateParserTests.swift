import Foundation
import GazetteContent
import Testing

@Suite("Dates")
struct DateParserTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? .current

    @Test("the forms newsrooms write parse to the same instant")
    func forms() throws {
        let expected = try #require(DateParser.parse("2026-04-12T09:30:00+08:00", timeZone: .current))
        #expect(DateParser.parse("2026-04-12 09:30", timeZone: shanghai) == expected)
        #expect(DateParser.parse("2026-04-12T01:30:00Z", timeZone: shanghai) == expected)
        #expect(DateParser.parse("2026-04-12T09:30:00.250+0800", timeZone: .current)?.timeIntervalSince(expected) == 0)
        #expect(DateParser.parse("2026-04-12", timeZone: shanghai) == expected.addingTimeInterval(-9.5 * 3600))
    }

    @Test("non-dates are nil", arguments: ["2026-13-01", "2026-02-30", "12/04/2026", "2026-04-12T9:30", "昨天"])
    func invalid(text: String) {
        #expect(DateParser.parse(text, timeZone: shanghai) == nil)
    }
}
