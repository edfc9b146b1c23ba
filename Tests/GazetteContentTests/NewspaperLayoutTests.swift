import Foundation
import GazetteContent
import GazetteMarkdown
import Testing

/// A zero-config article in the shape of a printed newspaper page, written for these tests.
let printedArticle = """
    # 港口复航首日见闻

    货轮排队等候进港  
    码头工人连夜加班

    4月20日，一艘集装箱船在引航船带领下驶入港池。新华社 图

    扫码看视频

    清晨六点，第一艘获准进港的货轮缓缓靠上泊位，码头上响起一阵掌声。

    ## 码头现场

    调度员说，今天计划接靠的船舶超过四十艘，比停航前的平常日子还多。引航员和拖轮从凌晨起就没有停歇，装卸区的灯光一夜未灭。港务部门介绍，首批进港的货物以粮食和建材为主，其中大部分来自东南

    4月20日，工人在码头检查集装箱封条。记者 林远 摄

    亚港口，预计三天内可以全部卸完。

    ■据新华社

    """

@Suite("Newspaper layout")
struct NewspaperLayoutTests {
    func load(_ text: String, config: SiteConfig = SiteConfig(), path: String = "2026/04/2026-04-20-port.md")
        -> (Article?, [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        let article = ArticleLoader(config: config, captions: CaptionDetector.builtIn).load(
            file: "Content/" + path, contentPath: path, bytes: Array(text.utf8),
            modified: Date(timeIntervalSince1970: 0),
            diagnostics: &diagnostics)
        return (article, diagnostics)
    }

    @Test("title, deck, date, slug and source are inferred")
    func metadata() throws {
        let (loaded, _) = load(printedArticle)
        let article = try #require(loaded)
        #expect(article.title == "港口复航首日见闻")
        #expect(article.deck == ["货轮排队等候进港", "码头工人连夜加班"])
        #expect(article.source == "新华社")
        #expect(article.slug == "gang-kou-fu-hang-shou-ri-jian-wen")
        #expect(article.url == "/2026/04/gang-kou-fu-hang-shou-ri-jian-wen/")
        #expect(article.summary == "清晨六点，第一艘获准进港的货轮缓缓靠上泊位，码头上响起一阵掌声。")
        #expect(article.headings == [HeadingEntry(id: "码头现场", level: 2, text: "码头现场")])
        #expect(article.language == "zh-CN")
    }

    @Test("captions become figures, the split paragraph is joined, print phrases are reported")
    func body() throws {
        let (loaded, diagnostics) = load(printedArticle)
        let article = try #require(loaded)
        let html = HTMLRenderer(options: .site).render(article.document)
        #expect(!html.contains("港口复航首日见闻"), "the title is rendered once, by the template")
        #expect(!html.contains("据新华社"))
        #expect(
            html.contains(
                "<figure class=\"photo photo-missing\">\n<figcaption><span class=\"caption-text\">4月20日，一艘集装箱船在引航船带领下驶入港池。</span> <span class=\"credit\">新华社 图</span></figcaption>\n</figure>"
            ))
        #expect(html.contains("其中大部分来自东南亚港口，预计三天内可以全部卸完。</p>"))
        #expect(html.contains("<span class=\"credit\">记者 林远 摄</span>"))
        let repaired = try #require(html.range(of: "东南亚港口"))
        let caption = try #require(html.range(of: "工人在码头检查集装箱封条"))
        #expect(repaired.lowerBound < caption.lowerBound, "the caption follows the joined paragraph")
        #expect(
            diagnostics.map(\.description) == [
                "Content/2026/04/2026-04-20-port.md:8:1: warning: print-only phrase '扫码看视频' has no meaning online; list it under 'strip:' in site.yml to drop it",
                "Content/2026/04/2026-04-20-port.md:14:1: warning: joined a paragraph that a photo caption split in print (lines 14 and 18); set 'repairs: false' in site.yml to keep them apart",
            ])
    }

    @Test("strip drops print phrases silently and repairs can be turned off")
    func configuration() throws {
        var config = SiteConfig()
        config.strip = ["扫码看视频"]
        config.repairs = false
        let (loaded, diagnostics) = load(printedArticle, config: config)
        let html = HTMLRenderer(options: .site).render(try #require(loaded).document)
        #expect(!html.contains("扫码看视频"))
        #expect(html.contains("其中大部分来自东南</p>"))
        #expect(diagnostics.isEmpty)
    }

    @Test("an image right before a caption joins it in one figure")
    func photoAndCaption() throws {
        let (loaded, _) = load("# 标题\n\n正文第一段。\n\n![码头](images/port.jpg)\n\n4月20日，码头一角。新华社 图\n\n正文第二段。\n")
        let html = HTMLRenderer(options: .site).render(try #require(loaded).document)
        #expect(
            html.contains(
                "<figure class=\"photo\"><img src=\"images/port.jpg\" alt=\"码头\" />\n<figcaption><span class=\"caption-text\">4月20日，码头一角。</span> <span class=\"credit\">新华社 图</span></figcaption>\n</figure>"
            ))
    }

    @Test(
        "captions are recognised by their credit",
        arguments: [
            ("4月12日，会场外景。新华社 图", "新华社 图"),
            ("游客在新馆参观。本报记者 王某 摄", "本报记者 王某 摄"),
            ("航道示意图（图片来源：视觉中国）", "（图片来源：视觉中国）"),
            ("示意图：海峡位于两湾之间。本报制图", "本报制图"),
            ("Tankers wait off the coast. Photo: Reuters", "Photo: Reuters"),
        ])
    func credits(caption: String, credit: String) {
        #expect(CaptionDetector.builtIn.credit(in: caption) == credit[...])
    }

    @Test("ordinary paragraphs are not captions", arguments: ["他拿出一张地图", "报告附有示意图。", "这是新华社的图"])
    func notCaptions(text: String) {
        #expect(CaptionDetector.builtIn.credit(in: text) == nil)
    }

    @Test(
        "closing source lines name the source",
        arguments: [("■据新华社", "新华社"), ("（来源：本报综合）", "本报综合"), ("■本报讯", "本报"), ("据央视新闻报道", "央视新闻"), ("Source: AP", "AP")])
    func sources(line: String, source: String) {
        #expect(SourceLineDetector.source(in: line) == source)
    }

    @Test("sentences are not source lines", arguments: ["据说会谈还会继续。", "来源不明的消息很多，需要核实。"])
    func notSources(line: String) {
        #expect(SourceLineDetector.source(in: line) == nil)
    }

    @Test("heading ids keep CJK and are unique")
    func headingIDs() {
        var ids = HeadingIDs()
        #expect(ids.id(for: "谈判细节") == "谈判细节")
        #expect(ids.id(for: "面谈两小时，“情绪起伏很大”") == "面谈两小时情绪起伏很大")
        #expect(ids.id(for: "What's Next?") == "whats-next")
        #expect(ids.id(for: "谈判细节") == "谈判细节-1")
        #expect(ids.id(for: "谈判细节") == "谈判细节-2")
    }
}
