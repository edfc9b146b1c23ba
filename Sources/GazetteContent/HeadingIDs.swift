import Foundation

/// Anchor ids for headings that keep CJK text (`谈判细节`) and are unique within a page.
public struct HeadingIDs: Sendable {
    private var used: [String: Int] = [:]

    /// A fresh set of ids for one page.
    public init() {}

    /// The id for a heading's text: letters, digits and CJK kept, Latin lowercased, spaces as
    /// hyphens, other punctuation dropped; `-1`, `-2` appended to repeats.
    public mutating func id(for text: String) -> String {
        var id = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-"
            {
                if pendingHyphen, !id.isEmpty { id += "-" }
                pendingHyphen = false
                id.unicodeScalars.append(scalar)
            } else if scalar.properties.isWhitespace {
                pendingHyphen = true
            }
        }
        if id.isEmpty { id = "section" }
        let base = id
        if let count = used[base] {
            var suffix = count
            repeat {
                id = "\(base)-\(suffix)"
                suffix += 1
            } while used[id] != nil
            used[base] = suffix
        } else {
            used[base] = 1
        }
        used[id] = used[id] ?? 1
        return id
    }
}
