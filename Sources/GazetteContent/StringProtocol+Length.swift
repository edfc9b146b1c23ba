extension StringProtocol {
    /// True when the text has `limit` characters or fewer; walks at most `limit + 1` of them,
    /// where `count` would walk a whole paragraph to rule out a short caption.
    @inlinable public func hasAtMostCharacters(_ limit: Int) -> Bool {
        // Every character takes at least one byte.
        if utf8.count <= limit { return true }
        return index(startIndex, offsetBy: limit + 1, limitedBy: endIndex) == nil
            || index(startIndex, offsetBy: limit, limitedBy: endIndex) == endIndex
    }
}
