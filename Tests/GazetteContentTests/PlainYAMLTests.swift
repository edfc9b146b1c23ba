import Foundation
import Testing

@testable import GazetteContent

@Suite("front matter fast path")
struct PlainYAMLTests {
    static let samples = [
        "title: \"西安进一步发布楼市\"\ndate: 2025-02-02T07:19:00+08:00\ntags:\n  - real-estate\n  - sports\nauthor: \"赵文博\"\nsource: \"中国青年报\"\n",
        "title: 会谈结束\ndate: 2026-04-12\ntags: [hormuz, 油价]\ndraft: false\n",
        "title: 'It''s done'\n",
        "title: 'Quoted: with colon'\nslug: talks-end\naliases: [/old/a/, /old/b/]\n",
        "title: a: b\n",
        "title: value # comment\n",
        "# a comment\ntitle: x\n\n\nsummary:   trailing spaces   \n",
        "tags: []\ntopics:\n- a\n- b\n",
        "deck:\n  - 第一行\n  - 第二行\nautoTopics: no\n",
        "title: &anchor x\nslug: *anchor\n",
        "title: \"escaped \\\" quote\"\n",
        "title: x\ntitle: y\n",
        "title: >\n  folded\n  text\n",
        "title: multi\n  line\n",
        "tags: [\"a, b\", c]\n",
        "date: 4月12日\n",
        "draft: maybe\n",
        "title:\n",
        "image: images/a.jpg\nlanguage: en\nupdated: 2026-04-13 09:30\n",
        "- just\n- a list\n",
        "plain text\n",
        "title: x\n\tslug: y\n",
        "title: 中文：全角冒号\n",
        "title: ends with colon:\n",
        "title: \"\"\n",
        "tags: [ ]\n",
        "tags:\n  - \"quoted item\"\n  - 'single'\n",
    ]

    @Test("plain front matter takes the fast path; anything else goes to Yams")
    func fastPathTaken() {
        // Without this, the comparison below would also pass if the fast path never answered.
        #expect(PlainYAML.entries(Self.samples[0])?.map(\.key) == ["title", "date", "tags", "author", "source"])
        #expect(PlainYAML.entries(Self.samples[0])?[2].value == .list(["real-estate", "sports"]))
        #expect(PlainYAML.entries("date: 4月12日\n")?.first?.valueColumn == 7)
        for other in ["title: a: b\n", "title: value # comment\n", "title: &anchor x\n", "title: x\ntitle: y\n"] {
            #expect(PlainYAML.entries(other) == nil, "\(other)")
        }
    }

    @Test("the fast path reads every sample exactly as Yams does", arguments: samples)
    func sameAsYams(_ yaml: String) {
        let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        var fastDiagnostics: [Diagnostic] = []
        var slowDiagnostics: [Diagnostic] = []
        let fast = FrontMatter.parse(yaml, file: "Content/a.md", timeZone: zone, diagnostics: &fastDiagnostics)
        let slow = FrontMatter.parse(
            yaml, file: "Content/a.md", timeZone: zone, diagnostics: &slowDiagnostics, fastPath: false)
        #expect(fast == slow)
        #expect(fastDiagnostics == slowDiagnostics)
    }
}
