import GazetteContent
import Testing

@Suite("CJK-aware text measures")
struct TextMeasuresTests {
    @Test("Chinese is counted in characters, English in words")
    func counts() {
        let measures = TextMeasures("伊朗和美国在 Islamabad talks 中未达成协议。")
        #expect(measures.cjkCharacters == 12)
        #expect(measures.latinWords == 2)
        #expect(measures.isMostlyCJK)
    }

    @Test("reading time: 400 characters or 220 words a minute")
    func readingTime() {
        #expect(TextMeasures(String(repeating: "字", count: 1200)).readingMinutes == 3)
        #expect(TextMeasures(String(repeating: "word ", count: 221)).readingMinutes == 2)
        #expect(TextMeasures("").readingMinutes == 1)
    }

    @Test("summaries are cut at a sentence end within 120 characters")
    func summary() {
        let sentence = String(repeating: "码头", count: 25) + "。"
        let text = sentence + sentence + sentence
        #expect(TextMeasures.summary(of: text) == sentence + sentence)
        #expect(TextMeasures.summary(of: "短句。") == "短句。")
        #expect(
            TextMeasures.summary(of: String(repeating: "长", count: 200)) == String(repeating: "长", count: 120) + "…")
    }

    @Test("English summaries stop within about 50 words at a sentence end")
    func englishSummary() {
        let sentence = Array(repeating: "word", count: 20).joined(separator: " ") + "."
        let summary = TextMeasures.summary(of: [sentence, sentence, sentence].joined(separator: " "))
        #expect(summary == sentence + " " + sentence)
    }

    @Test(
        "characters of every UTF-8 length are counted",
        arguments: [
            ("Café au lait", 0, 3), ("𠀀中文", 3, 0), ("don't stop—now", 0, 3), ("Ünïcode 😀 ok", 0, 2),
            ("２０２６年４月", 2, 0), ("Åland・ヘルシンキ", 5, 1), ("naïve-ish 한국어 text", 0, 3),
        ])
    func utf8Lengths(text: String, cjk: Int, words: Int) {
        let measures = TextMeasures(text)
        #expect(measures.cjkCharacters == cjk, "\(text)")
        #expect(measures.latinWords == words, "\(text)")
    }
}
