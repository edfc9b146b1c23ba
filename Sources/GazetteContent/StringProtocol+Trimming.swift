extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks.
    ///
    /// Native, unlike Foundation's `trimmingCharacters(in:)`, which on Linux goes through
    /// CFString and showed up as a tenth of loading an article.
    public var trimmedWhitespace: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
