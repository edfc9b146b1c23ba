import GazetteContent
import GazetteMarkdown
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

    @Test("the byte-level shortcuts count as the scalar rules do, around every range edge")
    func shortcutsMatchScalarRules() {
        // Edges of the main Han block, CJK and fullwidth punctuation, and their neighbours.
        let alphabet: [Unicode.Scalar] = [
            "\u{4DBF}", "\u{4DC0}", "\u{4DFF}", "\u{4E00}", "\u{9FFF}", "\u{A000}", "\u{3000}", "\u{3005}",
            "\u{303F}", "\u{3040}", "\u{3042}", "\u{FF00}", "\u{FF0C}", "\u{FF0F}", "\u{FF10}", "\u{FF19}",
            "\u{FF1A}", "\u{FF20}", "\u{FF21}", "\u{FF41}", "\u{2019}", "\u{201C}", "\u{20000}", "\u{1F600}",
            "a", "Z", "7", " ", "-", "'", "é", "ß",
        ]
        var state: UInt64 = 0x5851_F42D_4C95_7F2D
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.unicodeScalars.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let measures = TextMeasures(text)
            let expected = Self.scalarCounts(text)
            #expect(
                measures.cjkCharacters == expected.cjk, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(measures.latinWords == expected.words, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The counting rules written plainly, one scalar at a time.
    static func scalarCounts(_ text: String) -> (cjk: Int, words: Int) {
        var (cjk, words, inWord) = (0, 0, false)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar.isASCII {
                let folded = value | 0x20
                if (0x61...0x7A).contains(folded) || (0x30...0x39).contains(value) {
                    if !inWord { words += 1 }
                    inWord = true
                } else if scalar != "'" && scalar != "-" {
                    inWord = false
                }
            } else if CJKText.isHan(value) {
                cjk += 1
                inWord = false
            } else if (0x3000...0x303F).contains(value) || (0xFF00...0xFF0F).contains(value)
                || (0xFF1A...0xFF20).contains(value) || (0x2000...0x206F).contains(value)
            {
                if value != 0x2019 { inWord = false }
            } else if CJKText.isWide(scalar) {
                if scalar.properties.isAlphabetic { cjk += 1 }
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return (cjk, words)
    }
}
