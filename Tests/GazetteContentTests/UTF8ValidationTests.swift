import Testing

@testable import GazetteContent

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// The standard library's answer, which the fast check must match.
    static func reference(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    static func fast(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
    }

    /// Bytes at the edges of every range the encoding distinguishes.
    static let edges: [UInt8] = [
        0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4,
        0xF5, 0xFF,
    ]

    @Test("every one- and two-byte sequence, alone and after ASCII, as the standard library decides")
    func shortSequences() {
        var mismatches: [[UInt8]] = []
        for first in 0...255 {
            for second in 0...255 {
                let pair = [UInt8(first), UInt8(second)]
                for bytes in [pair, Array("abcdefg".utf8) + pair, pair + Array("abcdefgh".utf8)]
                where Self.fast(bytes) != Self.reference(bytes) {
                    mismatches.append(bytes)
                }
            }
            if Self.fast([UInt8(first)]) != Self.reference([UInt8(first)]) { mismatches.append([UInt8(first)]) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("three- and four-byte sequences from every lead byte with edge continuation bytes")
    func longSequences() {
        var mismatches: [[UInt8]] = []
        for lead in 0xC0...0xFF {
            for second in Self.edges {
                for third in Self.edges {
                    let three = [UInt8(lead), second, third]
                    if Self.fast(three) != Self.reference(three) { mismatches.append(three) }
                    for fourth in Self.edges {
                        let four = three + [fourth]
                        if Self.fast(four) != Self.reference(four) { mismatches.append(four) }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("random mixes of text and stray bytes")
    func randomText() {
        let pieces = ["新华社", "图", "a", "Photo: ", "é", "😀", "\n", "　"].map { Array($0.utf8) }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var valid = 0
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<10 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = Int(state >> 33)
                bytes += pick % 9 == 0 ? [UInt8(truncatingIfNeeded: pick >> 8)] : pieces[pick % pieces.count]
            }
            if Self.reference(bytes) { valid += 1 }
            #expect(Self.fast(bytes) == Self.reference(bytes), "\(bytes)")
        }
        // Both kinds of input were tried.
        #expect(valid > 300 && valid < 2700)
    }

    @Test("the first invalid byte is named by line and character column")
    func firstInvalidByte() {
        let bytes = Array("标题\n第二行 ok".utf8) + [0xE6, 0x41] + Array("x".utf8)
        let found = UTF8Validation.firstInvalidByte(in: bytes)
        #expect(found?.byte == 0xE6)
        #expect(found?.line == 2)
        #expect(found?.column == 7)
        #expect(UTF8Validation.firstInvalidByte(in: Array("全部有效".utf8)) == nil)
    }
}
