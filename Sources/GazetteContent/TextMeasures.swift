import Foundation
import GazetteMarkdown

/// CJK-aware counts of an article's text: characters for Chinese, words for Latin scripts.
public struct TextMeasures: Sendable, Hashable {
    /// Han and kana characters.
    public var cjkCharacters = 0
    /// Runs of Latin letters or digits.
    public var latinWords = 0

    /// Counts the characters and words of `text`.
    public init(_ text: String) {
        add(text)
    }

    /// Adds the counts of more text.
    ///
    /// Decodes the UTF-8 itself, in one loop: most scalars are ASCII or Han and need no more
    /// than a range check, and the standard library's scalar iterator cost more than the checks.
    public mutating func add(_ text: String) {
        var text = text
        // Counted in the closure's own locals and handed back: through `self`, or through
        // variables the closure captures, every count would be a load and a store to memory.
        let (cjk, words) = text.withUTF8 { buffer -> (Int, Int) in
            var (cjk, words) = (cjkCharacters, latinWords)
            guard let bytes = buffer.baseAddress else { return (cjk, words) }
            let count = buffer.count
            var inWord = false
            var index = 0
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    let folded = lead | 0x20
                    if (folded >= 0x61 && folded <= 0x7A) || (lead >= 0x30 && lead <= 0x39) {
                        if !inWord { words += 1 }
                        inWord = true
                    } else if lead != UInt8(ascii: "'") && lead != UInt8(ascii: "-") {
                        inWord = false
                    }
                    index += 1
                    continue
                }
                // Most of Chinese text, told apart by its first two bytes without decoding:
                // E5–E9 and E4 B8–BF are the main Han block (U+4E00–U+9FFF), E3 80 the CJK
                // punctuation (U+3000–U+303F), EF BC 80–8F and 9A–A0 fullwidth punctuation.
                if lead &- 0xE3 < 7 {
                    let second = bytes[index + 1]
                    if lead >= 0xE5 || (lead == 0xE4 && second >= 0xB8) {
                        cjk += 1
                        inWord = false
                        index += 3
                        continue
                    }
                    if lead == 0xE3 && second == 0x80 {
                        inWord = false
                        index += 3
                        continue
                    }
                } else if lead == 0xEF, bytes[index + 1] == 0xBC {
                    let third = bytes[index + 2]
                    if third <= 0x8F || third &- 0x9A <= 0x06 {
                        inWord = false
                        index += 3
                        continue
                    }
                }
                // A string is valid UTF-8: the lead byte says how many continuation bytes follow.
                var value: UInt32
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value =
                        UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value =
                        UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                // The main block of Han ideographs first: one comparison for most of Chinese text.
                if value &- 0x4E00 < 0x5200 || CJKText.isHan(value) {
                    cjk += 1
                    inWord = false
                } else if (0x3000...0x303F).contains(value) || (0xFF00...0xFF0F).contains(value)
                    || (0xFF1A...0xFF20).contains(value) || (0x2000...0x206F).contains(value)
                {
                    // CJK and general punctuation, common in Chinese text: neither letters nor
                    // digits; an apostrophe (’) keeps a word going.
                    if value != 0x2019 { inWord = false }
                } else if let scalar = Unicode.Scalar(value) {
                    if CJKText.isWide(scalar) {
                        if scalar.properties.isAlphabetic { cjk += 1 }
                        inWord = false
                    } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                        if !inWord { words += 1 }
                        inWord = true
                    } else {
                        inWord = false
                    }
                }
            }
            return (cjk, words)
        }
        (cjkCharacters, latinWords) = (cjk, words)
    }

    /// True when the text is mostly Chinese or Japanese.
    public var isMostlyCJK: Bool { cjkCharacters >= latinWords && cjkCharacters > 0 }

    /// Minutes to read: 400 CJK characters or 220 Latin words a minute, at least one.
    public var readingMinutes: Int {
        let minutes = Double(cjkCharacters) / 400 + Double(latinWords) / 220
        return max(1, Int(minutes.rounded(.up)))
    }

    /// The count shown to readers: characters for CJK text, words otherwise.
    public var wordCount: Int { isMostlyCJK ? cjkCharacters + latinWords : latinWords + cjkCharacters }
}

extension TextMeasures {
    /// A summary of a paragraph: cut at a sentence end within 120 CJK characters or 50 Latin words.
    public static func summary(of text: String, limit: Int = 120) -> String {
        let trimmed = text.trimmedWhitespace
        // Scalars, not Characters: grapheme breaking cost more than the rest of loading. Cuts
        // land between scalars that never join (sentence ends, spaces, CJK characters).
        let scalars = trimmed.unicodeScalars
        var units = 0.0
        var lastSentenceEnd: String.Index?
        var cut: String.Index?
        var inWord = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if CJKText.isWide(scalar) {
                units += 1
                inWord = false
            } else if isWordScalar(scalar) {
                if !inWord { units += Double(limit) / 50 }
                inWord = true
            } else if !scalar.properties.isGraphemeExtend {
                inWord = false
            }
            if units > Double(limit) {
                cut = index
                break
            }
            let next = scalars.index(after: index)
            if Self.endsSentence(scalar) || (scalar == "." && (next == scalars.endIndex || scalars[next] == " ")) {
                var end = next
                while end < scalars.endIndex, Self.closesQuote(scalars[end]) {
                    end = scalars.index(after: end)
                }
                lastSentenceEnd = end
            }
            index = next
        }
        guard let cut else { return String(trimmed) }
        if let lastSentenceEnd { return String(trimmed[..<lastSentenceEnd]) }
        return trimmed[..<cut].trimmedWhitespace + "…"
    }

    // Switches, not `"。！？!?".unicodeScalars.contains`: this runs for every scalar of every summary.
    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
    }

    private static func closesQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "」", "』", "’", "\"": return true
        default: return false
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return (value >= 0x61 && value <= 0x7A) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
