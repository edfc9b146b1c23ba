import GazetteContent
import GazetteEnrichment
import Testing

@Suite("Topic matching")
struct TopicMatcherTests {
    let matcher = TopicMatcher(names: testVocabulary.topics.map { [$0.name] + $0.aliases })

    func found(_ text: String) -> [String] {
        let topics = testVocabulary.topics
        return matcher.matches(in: text).map { match in
            let utf8 = Array(text.utf8)
            return "\(topics[match.topic].id):\(String(decoding: utf8[match.start..<match.end], as: UTF8.self))"
        }
    }

    @Test("the longest name wins and mentions do not overlap")
    func longestMatch() {
        #expect(found("霍尔木兹海峡与霍尔木兹港") == ["hormuz-strait:霍尔木兹海峡", "hormuz:霍尔木兹"])
        #expect(found("美国务院") == ["usa:美国"], "leftmost first, then no overlap")
    }

    @Test("Latin names match on word boundaries, in any letter case")
    func latinBoundaries() {
        #expect(found("Iranian officials met Iran's envoy; IRAN said") == ["iran:Iran", "iran:IRAN"])
        #expect(found("the Strait of Hormuz and Hormuzgan") == ["hormuz-strait:Strait of Hormuz"])
        #expect(found("a U.S.-led plan, not US") == ["usa:U.S."])
        #expect(found("OIL PRICES rose") == ["oil:OIL PRICES"])
    }

    @Test("CJK names match inside running text")
    func cjkSubstrings() {
        #expect(found("美伊两国与伊朗方面") == ["iran:伊朗"])
        #expect(found("国际油价上涨") == ["oil:油价"])
    }

    @Test("a large vocabulary gives the same mentions as a small one")
    func vocabularySize() {
        var names = testVocabulary.topics.map { [$0.name] + $0.aliases }
        for index in 0..<5_000 { names.append(["无关词\(index)", "unrelated\(index)"]) }
        let large = TopicMatcher(names: names)
        let text = "霍尔木兹海峡附近，Iran 与美国的油价之争"
        #expect(large.matches(in: text) == matcher.matches(in: text))
    }

    /// Every mention by brute force: at each byte, the longest name that fits its boundaries;
    /// then leftmost, non-overlapping.
    static func bruteForce(_ names: [[String]], _ text: String) -> [String] {
        let bytes = Array(text.utf8).map { (65...90).contains($0) ? $0 | 0x20 : $0 }
        func isWord(_ byte: UInt8) -> Bool { (97...122).contains(byte | 0x20) || (48...57).contains(byte) }
        var claimed: Set<[UInt8]> = []
        var patterns: [(bytes: [UInt8], topic: Int)] = []
        for (topic, list) in names.enumerated() {
            for name in list {
                let key = Array(name.utf8).map { (65...90).contains($0) ? $0 | 0x20 : $0 }
                if !key.isEmpty, claimed.insert(key).inserted { patterns.append((key, topic)) }
            }
        }
        var found: [String] = []
        var covered = 0
        for start in bytes.indices where start >= covered {
            let fits = patterns.filter { pattern in
                let end = start + pattern.bytes.count
                guard end <= bytes.count, Array(bytes[start..<end]) == pattern.bytes else { return false }
                let left = !isWord(pattern.bytes[0]) || start == 0 || !isWord(bytes[start - 1])
                let right = !isWord(pattern.bytes[pattern.bytes.count - 1]) || end == bytes.count || !isWord(bytes[end])
                return left && right
            }
            if let longest = fits.max(by: { $0.bytes.count < $1.bytes.count }) {
                found.append("\(longest.topic)@\(start)-\(start + longest.bytes.count)")
                covered = start + longest.bytes.count
            }
        }
        return found
    }

    @Test(
        "random texts give the mentions a brute-force search finds",
        arguments: [
            [],
            // Names starting with a two-byte letter and beyond the Basic Multilingual Plane.
            [["é价", "éclair"], ["😀表情", "😀"], ["𠀀油"]],
        ])
    func randomTexts(extraNames: [[String]]) {
        let names = testVocabulary.topics.map { [$0.name] + $0.aliases } + extraNames
        let matcher = TopicMatcher(names: names)
        let pieces =
            names.flatMap { $0 } + ["海", "峡", "伊", "朗", "油", "价", "的", "，", " ", "a", "N", "ian", "é", "😀", "𠀀", "\n"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let matches = matcher.matches(in: text).map { "\($0.topic)@\($0.start)-\($0.end)" }
            #expect(matches == Self.bruteForce(names, text), "\(text)")
        }
    }
}
