extension Collection where Element == UInt8 {
    /// True when these bytes contain the UTF-8 bytes of `needle`.
    ///
    /// Native, unlike Foundation's `contains(_:)` on strings, which on Linux goes through CFString.
    @inlinable public func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var rest = self[...]
        while let hit = rest.firstIndex(of: first) {
            if rest[hit...].starts(with: pattern) { return true }
            rest = rest[index(after: hit)...]
        }
        return false
    }
}
