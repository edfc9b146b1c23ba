import Foundation

/// Anchor ids for headings that keep CJK text (`谈判细节`) and are unique within a page.
public struct HeadingIDs: Sendable {
    /// Each id given, with the next suffix to try for it: a page has a few dozen headings at
    /// most, so a list searched in order beats hashing every id.
    private var used: [(id: String, next: Int)] = []

    /// A fresh set of ids for one page.
    public init() {}

    /// The id for a heading's text: letters, digits and CJK kept, Latin lowercased, spaces as
    /// hyphens, other punctuation dropped; `-1`, `-2` appended to repeats.
    public mutating func id(for text: String) -> String {
        unique(Self.plainID(text) ?? Self.unicodeID(text))
    }

    /// Punctuation of Chinese text that ids drop.
    private static let cjkPunctuation: Set<UInt32> = Set("，。！？、；：“”‘’（）《》【】—…·".unicodeScalars.map(\.value))

    /// What an id does with one character of the heading.
    private enum Part {
        case kept(Unicode.Scalar)
        case space
        case dropped
    }

    /// Builds an id from `scalars`, each classified by `part`; nil when `part` gives up (nil).
    private static func id(
        _ scalars: some Sequence<Unicode.Scalar>, _ part: (Unicode.Scalar) -> Part?
    ) -> String? {
        var id = ""
        var pendingHyphen = false
        for scalar in scalars {
            switch part(scalar) {
            case nil: return nil
            case .kept(let kept):
                if pendingHyphen, !id.isEmpty { id += "-" }
                pendingHyphen = false
                id.unicodeScalars.append(kept)
            case .space: pendingHyphen = true
            case .dropped: continue
            }
        }
        return id
    }

    /// The id of text in ASCII, CJK ideographs and their punctuation, without Unicode property
    /// lookups (headings of Chinese articles are almost all such); nil for any other text.
    static func plainID(_ text: String) -> String? {
        id(text.unicodeScalars) { scalar in
            switch scalar.value {
            case 0x41...0x5A: .kept(Unicode.Scalar(UInt8(scalar.value + 0x20)))
            case 0x61...0x7A, 0x30...0x39, 0x5F, 0x2D, 0x4E00...0x9FFF, 0x3400...0x4DBF: .kept(scalar)
            case 0x20, 0x09...0x0D: .space
            case 0...0x7F: .dropped
            default: cjkPunctuation.contains(scalar.value) ? .dropped : nil
            }
        }
    }

    /// The id of any text, by Unicode properties of its lowercased form.
    static func unicodeID(_ text: String) -> String {
        id(text.lowercased().unicodeScalars) { scalar in
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-"
            {
                return .kept(scalar)
            }
            return scalar.properties.isWhitespace ? .space : .dropped
        } ?? ""
    }

    /// `id`, or `id-1`, `id-2` … when the page has it already.
    private mutating func unique(_ found: String) -> String {
        var id = found.isEmpty ? "section" : found
        let base = id
        if let entry = used.firstIndex(where: { $0.id == base }) {
            var suffix = used[entry].next
            repeat {
                id = "\(base)-\(suffix)"
                suffix += 1
            } while used.contains(where: { $0.id == id })
            used[entry].next = suffix
        } else {
            used.append((base, 1))
        }
        if !used.contains(where: { $0.id == id }) { used.append((id, 1)) }
        return id
    }
}
