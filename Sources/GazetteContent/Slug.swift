import Foundation

/// URL slugs: Chinese titles as hyphenated ASCII pinyin, Latin titles lowercased and hyphenated.
public enum Slug {
    /// The longest slug made from a title.
    public static let maximumLength = 60

    /// A slug for `title`: `美伊谈判无果而终` → `mei-yi-tan-pan-wu-guo-er-zhong`.
    public static func make(from title: String) -> String {
        let latin = title.applyingTransform(.toLatin, reverse: false) ?? title
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
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
