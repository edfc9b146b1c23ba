import Foundation
import GazetteMarkdown

/// URL slugs: Chinese titles as hyphenated ASCII pinyin, Latin titles lowercased and hyphenated.
public enum Slug {
    /// The longest slug made from a title.
    public static let maximumLength = 60

    /// Romanised characters, shared by all tasks: ICU builds a new transliterator for every
    /// `applyingTransform` call, which cost more than the rest of loading an article.
    private static let romanized = Locked<[Character: String]>([:])

    /// The characters of `text` in Latin letters without diacritics: `美` → `mei`, `é` → `e`.
    static func romanize(_ text: String) -> String {
        let characters = Array(text)
        var parts = romanized.withLock { table in characters.map { $0.isASCII ? String($0) : table[$0] } }
        var missing: [Character] = []
        for (index, character) in characters.enumerated() where parts[index] == nil && !missing.contains(character) {
            missing.append(character)
        }
        if !missing.isEmpty {
            // One transform call for all new characters: creating ICU's transliterator costs
            // about 0.4 ms, transliterating a character about 0.01 ms.
            let found = transliterate(missing)
            romanized.withLock { table in
                for (character, latin) in zip(missing, found) { table[character] = latin }
            }
            let new = Dictionary(zip(missing, found), uniquingKeysWith: { first, _ in first })
            for index in parts.indices where parts[index] == nil { parts[index] = new[characters[index]] }
        }
        return parts.map { $0 ?? "" }.joined()
    }

    private static func transliterate(_ characters: [Character]) -> [String] {
        func plain(_ text: String) -> String {
            let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
            return latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        }
        let joined = plain(characters.map(String.init).joined(separator: "\n"))
        var latin = joined.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if latin.count != characters.count { latin = characters.map { plain(String($0)) } }
        // A Han character stands for a syllable of its own; spaces keep syllables apart.
        return zip(characters, latin).map { character, text in
            CJKText.isHan(character.unicodeScalars.first ?? " ") ? " \(text) " : text
        }
    }

    /// Slugs for many titles, with every new character romanized in one ICU call.
    public static func make(from titles: [String]) -> [String] {
        let unknown = romanized.withLock { table in
            var seen = Set<Character>()
            for title in titles {
                for character in title where !character.isASCII && table[character] == nil { seen.insert(character) }
            }
            return seen.sorted()
        }
        if !unknown.isEmpty {
            let found = transliterate(unknown)
            romanized.withLock { table in
                for (character, latin) in zip(unknown, found) { table[character] = latin }
            }
        }
        return titles.map { make(from: $0) }
    }

    /// A slug for `title`: `美伊谈判无果而终` → `mei-yi-tan-pan-wu-guo-er-zhong`.
    public static func make(from title: String) -> String {
        let plain = romanize(title)
        var words: [String] = []
        var current = ""
        for scalar in plain.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
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
