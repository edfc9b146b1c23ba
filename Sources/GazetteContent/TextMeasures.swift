import Foundation
import GazetteMarkdown

/// CJK-aware counts of an article's text: characters for Chinese, words for Latin scripts.
public struct TextMeasures: Sendable, Hashable {
    /// Han and kana characters.
    public var cjkCharacters = 0
    /// Runs of Latin letters or digits.
    public var latinWords = 0

    /// Counts the characters and words of `text`.
    public init(_ text: String) {
        add(text)
    }

    /// Adds the counts of more text.
    public mutating func add(_ text: String) {
        var inWord = false
        for scalar in text.unicodeScalars {
            if CJKText.isWide(scalar) {
                if scalar.properties.isAlphabetic || CJKText.isHan(scalar) { cjkCharacters += 1 }
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { latinWords += 1 }
                inWord = true
            } else if scalar != "'" && scalar != "\u{2019}" && scalar != "-" {
                inWord = false
            }
        }
    }

    /// True when the text is mostly Chinese or Japanese.
    public var isMostlyCJK: Bool { cjkCharacters >= latinWords && cjkCharacters > 0 }

    /// Minutes to read: 400 CJK characters or 220 Latin words a minute, at least one.
    public var readingMinutes: Int {
        let minutes = Double(cjkCharacters) / 400 + Double(latinWords) / 220
        return max(1, Int(minutes.rounded(.up)))
    }

    /// The count shown to readers: characters for CJK text, words otherwise.
    public var wordCount: Int { isMostlyCJK ? cjkCharacters + latinWords : latinWords + cjkCharacters }
}

extension TextMeasures {
    /// A summary of a paragraph: cut at a sentence end within 120 CJK characters or 50 Latin words.
    public static func summary(of text: String, limit: Int = 120) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var units = 0.0
        var lastSentenceEnd: String.Index?
        var cut: String.Index?
        var inWord = false
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            let character = trimmed[index]
            let scalar = character.unicodeScalars.first ?? " "
            if CJKText.isWide(scalar) {
                units += 1
                inWord = false
            } else if character.isLetter || character.isNumber {
                if !inWord { units += Double(limit) / 50 }
                inWord = true
            } else {
                inWord = false
            }
            if units > Double(limit) {
                cut = index
                break
            }
            let next = trimmed.index(after: index)
            if "。！？!?".contains(character) || (character == "." && (next == trimmed.endIndex || trimmed[next] == " ")) {
                var end = next
                while end < trimmed.endIndex, "”」』’\"".contains(trimmed[end]) { end = trimmed.index(after: end) }
                lastSentenceEnd = end
            }
            index = next
        }
        guard let cut else { return trimmed }
        if let lastSentenceEnd { return String(trimmed[..<lastSentenceEnd]) }
        return trimmed[..<cut].trimmingCharacters(in: .whitespaces) + "…"
    }
}
