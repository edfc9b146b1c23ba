import Foundation
import GazetteBuild
import GazetteTesting
import Testing

@Suite("The seed newspaper article with zero configuration")
struct SeedArticleTests {
    @Test(
        "makes a good page",
        .enabled(if: TestSite.seedArticle != nil, "../shared/fixtures/seed-article.md is not present"))
    func seedPage() async throws {
        let site = try TestSite(["Content/seed-article.md": try #require(TestSite.seedArticle)])
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.articles == 1)

        let folder = "2026/11/mei-yi-tan-pan-wu-guo-er-zhong/"
        let files = site.snapshot().keys.filter { $0.hasSuffix("mei-yi-tan-pan-wu-guo-er-zhong/index.html") }
        let pagePath = try #require(files.first, "the article page is at /YYYY/MM/mei-yi-tan-pan-wu-guo-er-zhong/")
        _ = folder
        let page = try #require(site.output(pagePath))
        #expect(page.components(separatedBy: "<h1").count == 2, "one <h1>")
        #expect(page.contains("<h1 class=\"story-title\">美伊谈判无果而终</h1>"))
        #expect(page.contains("<title>美伊谈判无果而终 - Gazette</title>"))
        #expect(page.contains("美媒：谈判存在三个主要症结"))
        #expect(page.contains("特朗普：除核问题外谈判进展顺利"))
        #expect(page.contains("<h2 id=\"谈判细节\">谈判细节</h2>"))
        #expect(page.components(separatedBy: "<figure class=\"photo photo-missing\">").count == 3, "two captions")
        #expect(page.components(separatedBy: "<span class=\"credit\">新华社 图</span>").count == 3)
        #expect(page.contains("霍尔木兹海峡问题等一些新议题"), "the split paragraph is joined")
        #expect(!page.contains("霍尔木兹海</p>"))
        #expect(page.contains("新华社</span>"), "the source is in the byline")
        #expect(!page.contains("■据新华社"))

        let home = try #require(site.output("index.html"))
        #expect(home.contains("美国和伊朗在巴基斯坦首都伊斯兰堡的谈判4月12日结束"), "the summary")
        #expect(home.contains("阅读约 6 分钟"))

        let report2 = try await SiteInspector(options: site.options()).inspect(
            file: site.root.appendingPathComponent("Content/seed-article.md"))
        #expect(report2.title == "美伊谈判无果而终")
        #expect(report2.deck == ["美媒：谈判存在三个主要症结", "特朗普：除核问题外谈判进展顺利"])
        #expect(report2.source == "新华社")
        #expect(report2.readingMinutes == 6)
        #expect(report2.headings.first?.id == "谈判细节")
        #expect(report2.summary.hasPrefix("美国和伊朗在巴基斯坦首都伊斯兰堡的谈判4月12日结束"))
        #expect(report2.url.hasSuffix("/mei-yi-tan-pan-wu-guo-er-zhong/"))
    }
}
