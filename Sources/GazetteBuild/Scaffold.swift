import Foundation
import GazetteContent
import GazetteTemplates

/// Writes new sites and article stubs (`gazette new site`, `gazette new article`).
public enum Scaffold {
    /// Failures of scaffolding, with what to do instead.
    public struct Failure: Error, CustomStringConvertible {
        /// The message for the user.
        public let description: String
    }

    /// Creates a site folder with settings, topics, an example article and the editable default theme.
    public static func newSite(at folder: URL, now: Date = Date()) throws -> [String] {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw Failure(description: "'\(folder.path)' already exists and is not empty; choose a new folder name")
        }
        let dates = DateDisplay(timeZone: SiteConfig().timeZone)
        let (year, month) = dates.yearMonth(now)
        let day = dates.iso(now).prefix(10)
        let article = String(format: "Content/%04d/%02d/", year, month) + "\(day)-welcome.md"
        var files: [String: String] = [
            "Content/site.yml": siteYAML,
            "Content/topics.yml": topicsYAML,
            article: """
            # 欢迎使用 Gazette

            这是一篇示例文章  
            删除它，写下你的第一篇报道

            Gazette 会把 Content 文件夹里的每个 Markdown 文件变成一个新闻页面。文件不需要任何设置：第一行的一级标题就是标题，紧跟其后的短行是副题，文件名开头的日期就是发布日期。

            ## 开始写作

            运行 `gazette new article "标题"` 新建一篇文章，再运行 `gazette build` 生成网站，结果在 Public 文件夹里。

            ■本报讯

            """,
            ".gitignore": "/Public/\n",
        ]
        for (path, text) in DefaultTheme.allFiles {
            files["Templates/" + path] = text
        }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try manager.createDirectory(at: folder.appendingPathComponent("Public"), withIntermediateDirectories: true)
        return files.keys.sorted()
    }

    /// Creates a draft article with a front matter stub at `Content/YYYY/MM/<pinyin>.md`.
    public static func newArticle(title: String, site: URL, now: Date = Date()) throws -> String {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.load(site: site, diagnostics: &diagnostics)
        guard FileManager.default.fileExists(atPath: site.appendingPathComponent("Content").path) else {
            throw Failure(
                description: "no Content/ folder in '\(site.path)'; run 'gazette new site DIR' first or pass --site")
        }
        let slug = Slug.make(from: title)
        guard !slug.isEmpty else {
            throw Failure(
                description:
                    "cannot make a file name from the title '\(title)'; give a title with letters or Chinese characters"
            )
        }
        let dates = DateDisplay(timeZone: config.timeZone)
        let (year, month) = dates.yearMonth(now)
        let path = String(format: "Content/%04d/%02d/", year, month) + slug + ".md"
        let url = site.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) {
            throw Failure(description: "\(path) already exists; choose another title or edit that file")
        }
        let quotedTitle =
            "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
        let text = """
            ---
            title: \(quotedTitle)
            date: \(dates.iso(now))
            author: \(config.author ?? "")
            source:
            summary:
            topics: []
            draft: true
            ---

            正文从这里开始。

            """
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return path
    }

    private static let siteYAML = """
        # Every key is optional. See README.md for all of them.
        title: 我的报纸
        description: 一份用 Gazette 生成的新闻网站
        # baseURL: https://news.example.com/
        language: zh-CN
        timezone: Asia/Shanghai
        permalink: /:year/:month/:slug/
        pageSize: 20
        author: 本报记者
        strip:
          - 扫码看视频

        """

    private static let topicsYAML = """
        # Topics: articles are tagged by id, name or alias.
        - id: gazette
          name: Gazette
          aliases: [静态网站]
          description: 关于本站和 Gazette 的文章。

        """
}
