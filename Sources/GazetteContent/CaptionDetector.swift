import Foundation

/// Recognises photo captions: stand-alone paragraphs that end in a photo credit such as
/// `新华社 图`, `记者 王某 摄`, `（图片来源：视觉中国）` or `Photo: Reuters`.
public struct CaptionDetector: @unchecked Sendable {
    // Regex values are immutable after compilation; the checked conformance is missing only
    // because `AnyRegexOutput` does not declare it.
    private let extraPatterns: [Regex<AnyRegexOutput>]

    /// The detector with only the built-in credit forms.
    public static let builtIn = CaptionDetector()

    private init() { extraPatterns = [] }

    /// The longest paragraph, in characters, that can be a caption.
    public static let maximumLength = 200

    /// Creates a detector with the built-in credit forms plus `patterns` from `site.yml`
    /// (`captionCredits:`), regular expressions matched at the end whose group `credit` is the credit.
    public init(patterns: [String]) throws {
        extraPatterns = try patterns.map { try Regex($0) }
    }

    /// The credit at the end of `text` (`新华社 图`), or nil when the paragraph is not a caption.
    public func credit(in text: String) -> Substring? {
        let text = text.trimmedWhitespace
        // Every paragraph comes through here: rule most out by their last characters before
        // anything walks them (grapheme breaking costs far more than cmark's parse).
        guard !extraPatterns.isEmpty || Self.mayEndInCredit(text),
            text.utf8.count <= Self.maximumLength * 4, text.hasAtMostCharacters(Self.maximumLength),
            !text.contains(where: \.isNewline)
        else { return nil }
        for pattern in extraPatterns {
            if let match = text.firstMatch(of: pattern), match.range.upperBound == text.endIndex {
                return match.output["credit"]?.substring ?? text[match.range]
            }
        }
        return chineseCredit(text) ?? parenthesizedCredit(text) ?? englishCredit(text)
    }

    /// True when the text ends like one of the built-in credit forms could.
    private static func mayEndInCredit(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        if last == "图" || last == "摄" || last == "影" || last == "）" || last == ")" { return true }
        // English credits end in a name in Latin letters, their marker near the end.
        guard last.isASCII else { return false }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.endIndex, offsetBy: -72, limitedBy: scalars.startIndex) ?? scalars.startIndex
        let tail = text[start...].utf8
        return tail.containsBytes("Photo") || tail.containsBytes("Image: ")
    }

    /// `…。新华社 图`, `…。新华社记者 李四 摄`: a short tail after the last sentence end, with a space,
    /// ending in 图, 摄 or 摄影.
    private func chineseCredit(_ text: Substring) -> Substring? {
        guard text.hasSuffix("图") || text.hasSuffix("摄") || text.hasSuffix("摄影") else { return nil }
        // By scalars: the marks are single scalars, and grapheme breaking a whole paragraph is slow.
        let scalars = text.unicodeScalars
        let tailStart =
            scalars.lastIndex(where: { "。！？!?；;".unicodeScalars.contains($0) }).map { scalars.index(after: $0) }
            ?? text.startIndex
        let tail = text[tailStart...].drop(while: { $0.isWhitespace })
        guard !tail.isEmpty, tail.count <= 30 else { return nil }
        if tail.contains(where: { $0 == " " || $0 == "\u{3000}" }) { return tail }
        // `本报制图`, `受访者供图`: the verb makes the credit clear without a space.
        let creditVerbs = ["制图", "供图", "摄影"]
        if tailStart != text.startIndex, tail.count <= 12, creditVerbs.contains(where: { tail.hasSuffix($0) }) {
            return tail
        }
        return nil
    }

    /// `…（图片来源：视觉中国）`, `…（图/新华社）`, `…（摄影：张三）`.
    private func parenthesizedCredit(_ text: Substring) -> Substring? {
        guard text.hasSuffix("）") || text.hasSuffix(")"), let open = text.lastIndex(where: { $0 == "（" || $0 == "(" })
        else { return nil }
        let inside = text[text.index(after: open)...].dropLast()
        let markers = ["图片来源", "图源", "图/", "图：", "图:", "摄影", "摄/", "Photo", "photo", "Image"]
        guard markers.contains(where: { inside.hasPrefix($0) }), inside.count <= 40 else { return nil }
        return text[open...]
    }

    /// `… Photo: Reuters`, `… Photo by Jane Doe`.
    private func englishCredit(_ text: Substring) -> Substring? {
        for marker in ["Photo: ", "Photo by ", "Photograph: ", "Image: "] where text.utf8.containsBytes(marker) {
            if let range = text.ranges(of: marker).last {
                let tail = text[range.lowerBound...]
                if tail.count <= 60, !tail.dropFirst(marker.count).contains(". ") { return tail }
            }
        }
        return nil
    }
}
