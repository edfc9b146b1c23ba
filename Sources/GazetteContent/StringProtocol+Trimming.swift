extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks.
    ///
    /// Native, unlike Foundation's `trimmingCharacters(in:)`, which on Linux goes through
    /// CFString and showed up as a tenth of loading an article.
    public var trimmedWhitespace: SubSequence {
        // Most text has no whitespace at either end: two scalar checks, no grapheme walk.
        // (A character is whitespace when its first scalar is, so a last scalar that extends
        // the one before it takes the slow path.)
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !first.isWhitespaceScalar,
            !last.isWhitespaceScalar, last.value < 0x80 || last.isPlainCJK || !last.properties.isGraphemeExtend
        {
            return self[...]
        }
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is white space or a line break, without a property lookup for ASCII.
    @inlinable var isWhitespaceScalar: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return !isPlainCJK && properties.isWhitespace
    }

    /// Han ideographs, CJK punctuation after the ideographic space and fullwidth forms: most of
    /// Chinese text, none of it white space or extending the character before it, answered
    /// without a Unicode property lookup.
    @inlinable var isPlainCJK: Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3001...0x3029).contains(value) || (0xFF01...0xFF5E).contains(value)
    }
}
