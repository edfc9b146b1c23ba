import Foundation
import GazetteMarkdown

/// URL slugs: Chinese titles as hyphenated ASCII pinyin, Latin titles lowercased and hyphenated.
public enum Slug {
    /// The longest slug made from a title.
    public static let maximumLength = 60

    /// Romanised characters, shared by all tasks: ICU builds a new transliterator for every
    /// `applyingTransform` call, which cost more than the rest of loading an article.
    private static let romanized = Locked<[Character: String]>([:])

    /// A character in Latin letters without diacritics: `美` → `mei`, `é` → `e`.
    static func romanize(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let known = romanized.withLock({ $0[character] }) { return known }
        let text = String(character)
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        // A Han character stands for a syllable of its own; spaces keep syllables apart.
        let result = CJKText.isHan(character.unicodeScalars.first ?? " ") ? " \(plain) " : plain
        romanized.withLock { $0[character] = result }
        return result
    }

    /// A slug for `title`: `美伊谈判无果而终` → `mei-yi-tan-pan-wu-guo-er-zhong`.
    public static func make(from title: String) -> String {
        var plain = ""
        for character in title { plain += romanize(character) }
        var words: [String] = []
        var current = ""
        for scalar in plain.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > maximumLength {
                if slug.isEmpty { slug = String(word.prefix(maximumLength)) }
                break
            }
            slug = candidate
        }
        return slug
    }

    /// Why a slug written by hand cannot be used, or nil when it is fine.
    public static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "is empty" }
        if slug.contains("\0") { return "contains a NUL character" }
        if slug.contains("/") || slug.contains("\\") { return "contains a path separator" }
        if slug == "." || slug == ".." { return "is a relative path" }
        return nil
    }
}
