import Foundation
import GazetteBuild
import GazetteTemplates
import GazetteTesting
import Testing

@Suite("gazette build")
struct SiteBuildTests {
    static let files = [
        "Content/site.yml": "title: 测试日报\nbaseURL: https://news.example.com/\npageSize: 2\n",
        "Content/topics.yml": "- id: hormuz\n  name: 霍尔木兹海峡\n",
        "Content/2026/04/talks.md":
            "---\ntitle: 会谈结束\ndate: 2026-04-12T10:00:00+08:00\ntags: [hormuz]\n---\n\n## 谈判细节\n\n正文。\n",
        "Content/2026/04/oil.md":
            "---\ntitle: 油价上涨\ndate: 2026-04-13\ntags: [霍尔木兹海峡]\naliases: [/old/oil/]\n---\n\n见[会谈](talks.md#谈判细节)与![地图](img/map.svg)。\n",
        "Content/2026/04/img/map.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "Content/2026/04/later.md": "---\ntitle: Later\ndate: 2099-01-01\n---\nFuture.\n",
        "Content/2026/04/draft.md": "---\ntitle: 草稿\ndate: 2026-04-01\ndraft: true\n---\n草稿。\n",
        "Content/world/english.md": "# Talks end without a deal\n\nThe talks in Islamabad ended on Sunday.\n",
    ]

    @Test("pages, lists, topics, feeds, sitemap and redirects are written")
    func outputs() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.articles == 3)
        let oil = try #require(
            site.output("2026/04/oil-markets/index.html") ?? site.output("2026/04/you-jia-shang-zhang/index.html"))
        #expect(oil.contains("<a href=\"/2026/04/hui-tan-jie-shu/#%E8%B0%88%E5%88%A4%E7%BB%86%E8%8A%82\">会谈</a>"))
        #expect(oil.contains("src=\"/2026/04/img/map.svg\""))
        #expect(oil.contains("<link rel=\"canonical\" href=\"https://news.example.com/2026/04/you-jia-shang-zhang/\">"))
        #expect(oil.contains("\"@type\":\"NewsArticle\""))
        #expect(site.output("2026/04/img/map.svg") != nil)
        #expect(site.output("topics/hormuz/index.html")?.contains("会谈结束") == true)
        #expect(site.output("topics/hormuz/feed.xml")?.contains("<rss version=\"2.0\"") == true)
        #expect(site.output("page/2/index.html") != nil, "3 articles at 2 per page")
        #expect(site.output("old/oil/index.html")?.contains("http-equiv=\"refresh\"") == true)
        #expect(
            site.output("sitemap.xml")?.contains("<loc>https://news.example.com/2026/04/hui-tan-jie-shu/</loc>") == true
        )
        #expect(site.output("robots.txt")?.contains("Sitemap: https://news.example.com/sitemap.xml") == true)
        #expect(site.output("404.html") != nil)
        #expect(site.output("style.css") != nil)
        #expect(site.output("feed.xml")?.contains("Talks end without a deal") == true)
        #expect(site.output("2099/01/later/index.html") == nil, "future articles are left out")
        #expect(site.snapshot().keys.contains { $0.contains("cao-gao") } == false, "drafts are left out")
        let english = try #require(
            site.output("2026/11/talks-end-without-a-deal/index.html")
                ?? site.snapshot().first { $0.key.contains("talks-end-without-a-deal") }.map {
                    String(decoding: $0.value, as: UTF8.self)
                })
        #expect(english.contains("<html lang=\"en\">"))
    }

    @Test("--drafts publishes drafts and future articles")
    func drafts() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = try await site.build(drafts: true)
        #expect(report.articles == 5)
        #expect(site.output("2026/04/cao-gao/index.html") != nil)
    }

    @Test("the same input gives byte-identical output")
    func deterministic() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try await site.build()
        let first = site.snapshot()
        try await site.build()
        #expect(site.snapshot() == first)
    }

    @Test("stale files disappear")
    func stale() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try await site.build()
        try site.write("Public/leftover.html", "old")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/2026/04/oil.md"))
        try await site.build()
        #expect(site.output("leftover.html") == nil)
        #expect(site.output("2026/04/you-jia-shang-zhang/index.html") == nil)
    }

    @Test("a broken link is an error with a suggestion")
    func brokenLink() async throws {
        var files = Self.files
        files["Content/2026/04/bad.md"] =
            "---\ntitle: 坏链接\ndate: 2026-04-12\n---\n\n中文[会谈](talk.md)与[细节](talks.md#无此节)\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let errors = await site.buildErrors().filter { $0.severity == .error }.map(\.description)
        #expect(
            errors == [
                "Content/2026/04/bad.md:6:3: error: link target 'talk.md' not found (did you mean 'talks.md'?)",
                "Content/2026/04/bad.md:6:17: error: link target 'talks.md#无此节': Content/2026/04/talks.md has no heading with id '无此节'; its ids are: 谈判细节",
            ])
    }

    @Test("the repository's Templates/ is the embedded default theme")
    func themeIsEmbedded() throws {
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        var onDisk: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: templates.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = templates.appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                path != "README.md", !(path as NSString).lastPathComponent.hasPrefix(".")
            else { continue }
            onDisk[path] = String(decoding: FileManager.default.contents(atPath: full) ?? Data(), as: UTF8.self)
        }
        #expect(
            onDisk.keys.sorted() == DefaultTheme.allFiles.keys.sorted(),
            "run Scripts/embed-theme.py after editing Templates/")
        let differing = onDisk.keys.filter { onDisk[$0] != DefaultTheme.allFiles[$0] }.sorted()
        #expect(differing.isEmpty, "these differ from the embedded theme; run Scripts/embed-theme.py: \(differing)")
    }
}
