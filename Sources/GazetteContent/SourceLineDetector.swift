/// Recognises the closing source line of a news article (`■据新华社`, `（来源：本报综合）`, `Source: AP`).
public enum SourceLineDetector {
    /// The longest paragraph, in characters, that can be a source line.
    public static let maximumLength = 30

    /// The source named by `text` (`新华社`), or nil when the paragraph is not a source line.
    public static func source(in text: String) -> String? {
        var line = text.trimmedWhitespace
        // Body paragraphs are long: ruled out by their bytes before any character is counted
        // (as captions are).
        guard !line.isEmpty, line.utf8.count <= maximumLength * 4, line.hasAtMostCharacters(maximumLength),
            !line.utf8.contains(0x0A)
        else { return nil }
        let marked = "■□◆◇●▲".contains(line.first ?? " ")
        line = line.drop(while: { "■□◆◇●▲ \u{3000}".contains($0) })

        if let inner = unwrap(line, "（", "）") ?? unwrap(line, "(", ")") {
            line = inner
        }
        for prefix in ["来源：", "来源:", "稿件来源：", "新闻来源：", "Source: ", "Source:"] where line.hasPrefix(prefix) {
            return clean(line.dropFirst(prefix.count))
        }
        if line.hasPrefix("据") {
            var name = line.dropFirst()
            for suffix in ["报道", "消息", "电"] where name.hasSuffix(suffix) {
                name = name.dropLast(suffix.count)
                break
            }
            return clean(name)
        }
        if marked, line.hasSuffix("讯"), line.count > 1 {
            return clean(line.dropLast())
        }
        return nil
    }

    private static func unwrap(_ text: Substring, _ open: Character, _ close: Character) -> Substring? {
        guard text.first == open, text.last == close, text.count > 2 else { return nil }
        return text.dropFirst().dropLast()
    }

    private static func clean(_ name: Substring) -> String? {
        let trimmed = String(name.trimmedWhitespace)
        guard !trimmed.isEmpty, !trimmed.contains(where: { "。！？，,".contains($0) }) else { return nil }
        return trimmed
    }
}
