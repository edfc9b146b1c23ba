import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteMarkdown
import Testing

@Suite("Wiki links, backlinks and related articles")
struct CrossLinkTests {
    func site(_ files: [(String, String)]) throws -> Site {
        let articles = try files.map { try #require(loadArticle($0.0, $0.1)) }.sorted {
            ($0.date, $1.file) > ($1.date, $0.file)
        }
        return Site(
            root: URL(fileURLWithPath: "/"), config: SiteConfig(), vocabulary: testVocabulary, articles: articles,
            assets: [])
    }

    @Test("wiki links resolve by title and by slug, with shown text; unknown ones are errors")
    func wikiLinks() async throws {
        let loaded = try site([
            ("2026/talks.md", "---\ntitle: 会谈结束\ndate: 2026-04-12\nslug: talks-end\n---\n正文。\n"),
            (
                "2026/a.md",
                "---\ntitle: 评论\ndate: 2026-04-13\n---\n见[[会谈结束]]、[[talks-end|这篇报道]]和`[[talks-end]]`，以及[[不存在]]。\n"
            ),
        ])
        let enriched = await Enrichment().run(loaded)
        let comment = try #require(enriched.site.articles.first { $0.title == "评论" })
        let html = HTMLRenderer().render(comment.document)
        #expect(
            html.contains(
                "见<a href=\"/2026/04/talks-end/\">会谈结束</a>、<a href=\"/2026/04/talks-end/\">这篇报道</a>和<code>[[talks-end]]</code>"
            ))
        #expect(
            enriched.diagnostics.map(\.description) == [
                "Content/2026/a.md:5:48: error: wiki link '[[不存在]]' names no article; use an article's slug, title or file name"
            ])
        let talks = try #require(enriched.site.articles.firstIndex { $0.title == "会谈结束" })
        #expect(enriched.backlinks[talks].map { enriched.site.articles[$0].title } == ["评论"])
    }

    @Test("backlinks list the linking articles newest first")
    func backlinks() async throws {
        let loaded = try site([
            ("2026/target.md", "---\ntitle: 目标\ndate: 2026-04-01\n---\n正文。\n"),
            ("2026/old.md", "---\ntitle: 旧文\ndate: 2026-04-02\n---\n[目标](target.md)\n"),
            ("2026/new.md", "---\ntitle: 新文\ndate: 2026-04-05\n---\n[[目标]]\n"),
        ])
        let enriched = await Enrichment().run(loaded)
        let target = try #require(enriched.site.articles.firstIndex { $0.title == "目标" })
        #expect(enriched.backlinks[target].map { enriched.site.articles[$0].title } == ["新文", "旧文"])
    }

    @Test("related articles share rare topics first, then are close in time; the order is deterministic")
    func related() async throws {
        // Every article mentions 美国 (common, low weight); only some share the rarer 伊朗 or 油价.
        var files = [("2026/base.md", "---\ntitle: 基准\ndate: 2026-04-10\ntopics: [iran, oil, usa]\n---\n正文。\n")]
        files.append(("2026/both.md", "---\ntitle: 双主题\ndate: 2026-01-01\ntopics: [iran, oil]\n---\n正文。\n"))
        files.append(("2026/iran-near.md", "---\ntitle: 伊朗近\ndate: 2026-04-09\ntopics: [iran]\n---\n正文。\n"))
        files.append(("2026/iran-far.md", "---\ntitle: 伊朗远\ndate: 2025-04-09\ntopics: [iran]\n---\n正文。\n"))
        for index in 0..<6 {
            files.append(
                ("2026/us\(index).md", "---\ntitle: 美国\(index)\ndate: 2026-04-0\(index + 1)\ntopics: [usa]\n---\n正文。\n")
            )
        }
        let loaded = try site(files)
        let first = await Enrichment().run(loaded)
        let base = try #require(first.site.articles.firstIndex { $0.title == "基准" })
        let titles = first.related[base].map { first.site.articles[$0].title }
        #expect(titles.count == 5)
        #expect(Array(titles.prefix(3)) == ["双主题", "伊朗近", "伊朗远"])
        #expect(titles[3] == "美国5", "among equal topics the nearest in time")
        for _ in 0..<3 {
            let again = await Enrichment().run(loaded)
            #expect(again.related == first.related)
        }
    }
}
