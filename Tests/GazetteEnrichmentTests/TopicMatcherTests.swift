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
}
