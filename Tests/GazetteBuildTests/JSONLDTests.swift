import Foundation
import GazetteTesting
import Testing

@Suite("JSON-LD")
struct JSONLDTests {
    @Test("article JSON-LD parses, keeps every value and never closes its script element early")
    func articleJSONLD() async throws {
        let site = try TestSite([
            "Content/site.yml": "title: 测试日报\nbaseURL: https://news.example.com/\n",
            "Content/2026/04/quote.md": """
            ---
            title: 他说 "停火" \\ </script> 结束
            date: 2026-04-12T10:00:00+08:00
            slug: quote
            author: 李\\四
            source: 新华社
            image: img/a.jpg
            ---

            摘要里有引号 "x" 和斜杠 a/b 与 </b> 标签。
            """,
            "Content/2026/04/img/a.jpg": "jpg",
        ])
        defer { site.remove() }
        _ = try await site.build()
        let page = try #require(site.output("2026/04/quote/index.html"))
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let text = String(page[start.upperBound..<end.lowerBound])
        #expect(!text.contains("</"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["headline"] as? String == "他说 \"停火\" \\ </script> 结束")
        // Smart quotes, and inline HTML left out, as in the page's summary.
        #expect(json["description"] as? String == "摘要里有引号 “x” 和斜杠 a/b 与  标签。")
        #expect((json["author"] as? [String: String]) == ["@type": "Person", "name": "李\\四"])
        #expect(
            (json["sourceOrganization"] as? [String: String]) == ["@type": "NewsMediaOrganization", "name": "新华社"])
        #expect((json["image"] as? [String]) == ["https://news.example.com/2026/04/img/a.jpg"])
        #expect(json["datePublished"] as? String == "2026-04-12T10:00:00+08:00")
        // Keys in sorted order, so the text is the same on every build.
        let keys = ["@context", "@type", "author", "dateModified", "datePublished", "description", "headline"]
        let positions = keys.compactMap { text.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }
}
