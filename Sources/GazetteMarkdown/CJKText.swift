/// Which characters are Chinese or Japanese text, for line breaks that must not become spaces.
public enum CJKText {
    /// True when a soft line break between `before` and `after` should vanish.
    ///
    /// Follows CSS Text 3 (both sides East Asian Wide, Fullwidth or Halfwidth, neither Hangul,
    /// since Korean separates words with spaces), and also joins a wide character with the
    /// ambiguous-width punctuation Chinese text uses (quotes, dashes, ellipsis, middle dot).
    public static func joinsWithoutSpace(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let wideBefore = isWide(before)
        let wideAfter = isWide(after)
        return (wideBefore && (wideAfter || isCJKPunctuation(after))) || (isCJKPunctuation(before) && wideAfter)
    }

    /// True for Han, kana, Bopomofo, CJK punctuation and fullwidth forms; false for Hangul.
    @inlinable public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x303F, 0x3040...0x312F, 0x3190...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE6F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1B000...0x1B16F, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// True for a Han ideograph, the characters text measures count one by one.
    @inlinable public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        isHan(scalar.value)
    }

    /// True for the scalar value of a Han ideograph, for callers that decode UTF-8 themselves.
    @inlinable public static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFD: return true
        default: return false
        }
    }

    private static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7: return true
        default: return false
        }
    }
}
