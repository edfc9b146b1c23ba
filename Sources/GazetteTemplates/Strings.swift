import GazetteMustache

/// The theme's interface text in the page's language (`i18n` in templates).
public enum Strings {
    /// The strings for a language tag: Chinese for `zh*`, English otherwise.
    public static func table(for language: String) -> [String: String] {
        DateDisplay.isCJK(language) ? chinese : english
    }

    /// The strings for a language tag as a template value.
    static func values(for language: String) -> MustacheValue {
        DateDisplay.isCJK(language) ? chineseValues : englishValues
    }

    private static let chineseValues = MustacheValue.object(chinese.mapValues(MustacheValue.string))
    private static let englishValues = MustacheValue.object(english.mapValues(MustacheValue.string))

    /// How long an article takes to read, as a phrase.
    public static func readingTime(minutes: Int, language: String) -> String {
        DateDisplay.isCJK(language) ? "阅读约 \(minutes) 分钟" : "\(minutes) min read"
    }

    /// The length of an article: characters for CJK text, words otherwise.
    public static func wordCount(_ count: Int, cjk: Bool, language: String) -> String {
        if cjk { return "\(count) 字" }
        return DateDisplay.isCJK(language) ? "\(count) 词" : "\(count) words"
    }

    /// `第 2 页，共 5 页` / `Page 2 of 5`.
    public static func pageLabel(_ page: Int, of total: Int, language: String) -> String {
        DateDisplay.isCJK(language) ? "第 \(page) 页，共 \(total) 页" : "Page \(page) of \(total)"
    }

    /// `5 篇` / `5 articles`.
    public static func articleCount(_ count: Int, language: String) -> String {
        DateDisplay.isCJK(language) ? "\(count) 篇" : (count == 1 ? "1 article" : "\(count) articles")
    }

    static let chinese = [
        "home": "首页", "topics": "专题", "archive": "归档", "related": "相关阅读", "backlinks": "引用本文的报道",
        "previous": "上一篇", "next": "下一篇", "contents": "目录", "source": "来源", "author": "作者", "published": "发布",
        "updated": "更新", "notFoundTitle": "页面不存在", "notFoundText": "您要找的页面可能已被移动或删除。", "backHome": "返回首页",
        "latest": "最新", "articlesCount": "篇", "skipToContent": "跳到正文", "feed": "订阅", "page": "分页",
    ]

    static let english = [
        "home": "Home", "topics": "Topics", "archive": "Archive", "related": "Related", "backlinks": "Linked from",
        "previous": "Previous", "next": "Next", "contents": "Contents", "source": "Source", "author": "By",
        "published": "Published", "updated": "Updated", "notFoundTitle": "Page not found",
        "notFoundText": "The page you are looking for may have moved or been removed.",
        "backHome": "Back to the front page",
        "latest": "Latest", "articlesCount": "articles", "skipToContent": "Skip to content", "feed": "Feed",
        "page": "Pages",
    ]
}
