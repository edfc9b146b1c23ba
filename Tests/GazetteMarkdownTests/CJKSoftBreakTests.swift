import GazetteMarkdown
import Testing

@Suite("Soft line breaks in CJK text")
struct CJKSoftBreakTests {
    func render(_ markdown: String, _ options: MarkdownOptions) -> String {
        HTMLRenderer(options: options).render(Document(parsing: markdown, options: options))
    }

    @Test("a break between two Han characters vanishes with the option")
    func hanJoined() {
        #expect(render("美国和伊朗\n在伊斯兰堡会谈", .cjkSoftBreaks) == "<p>美国和伊朗在伊斯兰堡会谈</p>\n")
    }

    @Test("without the option the break stays as in cmark")
    func offByDefault() {
        #expect(render("美国和伊朗\n在伊斯兰堡会谈", []) == "<p>美国和伊朗\n在伊斯兰堡会谈</p>\n")
    }

    @Test(
        "breaks next to Latin text, Hangul or at markup without text stay",
        arguments: [
            ("talks\n会谈", "<p>talks\n会谈</p>\n"),
            ("会谈\ntalks", "<p>会谈\ntalks</p>\n"),
            ("한국어\n문장", "<p>한국어\n문장</p>\n"),
            ("图片![图](a.png)\n文字", "<p>图片<img src=\"a.png\" alt=\"图\" />\n文字</p>\n"),
        ])
    func breaksThatStay(markdown: String, html: String) {
        #expect(render(markdown, .cjkSoftBreaks) == html)
    }

    @Test(
        "breaks between CJK text across emphasis, links, punctuation and kana vanish",
        arguments: [
            ("**谈判**\n结束", "<p><strong>谈判</strong>结束</p>\n"),
            ("谈判\n[结束](u)", "<p>谈判<a href=\"u\">结束</a></p>\n"),
            ("他说：\n“不信任”", "<p>他说：“不信任”</p>\n"),
            ("ひらがな\nカタカナ", "<p>ひらがなカタカナ</p>\n"),
            ("结束。\n——", "<p>结束。——</p>\n"),
        ])
    func breaksThatVanish(markdown: String, html: String) {
        #expect(render(markdown, .cjkSoftBreaks) == html)
    }

    @Test("image alt text joins CJK lines too")
    func altText() {
        #expect(render("![美国\n伊朗](a.png)", .cjkSoftBreaks) == "<p><img src=\"a.png\" alt=\"美国伊朗\" /></p>\n")
    }
}
