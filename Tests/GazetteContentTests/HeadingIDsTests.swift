import Testing

@testable import GazetteContent

@Suite("heading ids")
struct HeadingIDsTests {
    @Test(
        "the fast path for ASCII and Chinese gives the ids Unicode properties give",
        arguments: [
            "谈判细节", "面谈两小时，“情绪起伏很大”", "What's Next?", "A & B", "2026年 第1季度：增长7.5%",
            "  前后 空格\t", "《人民日报》评论【快讯】——完", "snake_case-and-kebab", "UPPER lower 混合", "",
            "！？。", "㐀㐁 古字",
        ])
    func fastPathAgrees(text: String) throws {
        let fast = try #require(HeadingIDs.plainID(text))
        #expect(fast == HeadingIDs.unicodeID(text))
    }

    @Test("other scripts take the Unicode path", arguments: ["Ünïcode Title", "ΟΔΟΣ", "日本語のかな", "한국어"])
    func otherScripts(text: String) {
        #expect(HeadingIDs.plainID(text) == nil)
    }
}
