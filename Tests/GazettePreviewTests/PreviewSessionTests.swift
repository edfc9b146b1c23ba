import Foundation
import GazetteBuild
import GazettePreview
import GazetteTesting
import Testing

@Suite("Preview rebuilds")
struct PreviewSessionTests {
    static let files: [String: String] = {
        var files = ["Content/site.yml": "title: 预览测试\npageSize: 50\narchive: false\n"]
        for index in 1...6 {
            files["Content/2026/04/a\(index).md"] =
                "---\ntitle: 第\(index)篇\ndate: 2026-04-0\(index)\nslug: a\(index)\n---\n\n正文\(index)。\n\n第二段。\n"
        }
        return files
    }()

    /// A test site with its first preview build done.
    func started() async throws -> (TestSite, PreviewSession) {
        let site = try TestSite(Self.files)
        let session = PreviewSession(options: site.options())
        await session.rebuild()
        return (site, session)
    }

    @Test("an edit to one article's body re-renders only its page")
    func bodyEdit() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        // The second paragraph: the summary, shown on lists and neighbours, stays the same.
        try site.write("Content/2026/04/a3.md", "---\ntitle: 第3篇\ndate: 2026-04-03\nslug: a3\n---\n\n正文3。\n\n改过的第二段。\n")
        let outcome = await session.rebuild()
        #expect(outcome.errors.isEmpty)
        #expect(outcome.urls == ["/2026/04/a3/"])
        #expect(outcome.rendered == 1)
        let page = try #require(session.store.file("2026/04/a3/index.html"))
        #expect(String(decoding: page.bytes, as: UTF8.self).contains("改过的第二段"))
    }

    @Test("with the watcher's changed paths, only those files are checked")
    func changedPaths() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        try site.write("Content/2026/04/a3.md", "---\ntitle: 第3篇\ndate: 2026-04-03\nslug: a3\n---\n\n正文3。\n\n改过的三。\n")
        try site.write("Content/2026/04/a4.md", "---\ntitle: 第4篇\ndate: 2026-04-04\nslug: a4\n---\n\n正文4。\n\n改过的四。\n")
        let a3 = site.root.appendingPathComponent("Content/2026/04/a3.md").path
        let outcome = await session.rebuild(changed: [a3])
        #expect(outcome.urls == ["/2026/04/a3/"], "a4 was not named, so it is not even looked at")
        let all = await session.rebuild()
        #expect(all.urls == ["/2026/04/a4/"], "without paths every file is checked")
    }

    @Test("a new title reaches the page, its neighbours, the lists and the feed")
    func titleEdit() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        try site.write("Content/2026/04/a3.md", "---\ntitle: 新标题\ndate: 2026-04-03\nslug: a3\n---\n\n正文3。\n")
        let outcome = await session.rebuild()
        #expect(outcome.urls.contains("/2026/04/a3/"))
        #expect(outcome.urls.contains("/2026/04/a2/"), "the next/previous links of neighbours show the title")
        #expect(outcome.urls.contains("/2026/04/a4/"))
        #expect(outcome.urls.contains("/"))
        #expect(outcome.urls.contains("/feed.xml"))
        #expect(!outcome.urls.contains("/2026/04/a6/"))
    }

    @Test("a broken edit keeps the last good build and reports the error; fixing it clears it")
    func brokenEdit() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        let before = try #require(session.store.file("2026/04/a2/index.html")).bytes
        try site.write("Content/2026/04/a2.md", "---\ntitle: [坏\n---\n")
        let broken = await session.rebuild()
        #expect(broken.errors.count == 1)
        #expect(broken.errors.first?.hasPrefix("Content/2026/04/a2.md:") == true)
        #expect(session.store.file("2026/04/a2/index.html")?.bytes == before)
        #expect(session.store.snapshot.errors.count == 1)
        try site.write("Content/2026/04/a2.md", "---\ntitle: 修好了\ndate: 2026-04-02\nslug: a2\n---\n正文。\n")
        let fixed = await session.rebuild()
        #expect(fixed.errors.isEmpty)
        #expect(session.store.snapshot.errors.isEmpty)
    }

    @Test("a renamed article disappears from its old URL and appears at the new one")
    func rename() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/2026/04/a5.md"))
        try site.write("Content/2026/04/b5.md", "---\ntitle: 第5篇\ndate: 2026-04-05\nslug: b5\n---\n\n正文5。\n")
        let outcome = await session.rebuild()
        #expect(outcome.urls.contains("/2026/04/a5/"))
        #expect(outcome.urls.contains("/2026/04/b5/"))
        #expect(session.store.file("2026/04/a5/index.html") == nil)
        #expect(session.store.file("2026/04/b5/index.html") != nil)
    }

    @Test("a stylesheet-only change is reported as CSS only")
    func cssOnly() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        try site.write("Templates/static/style.css", "body { color: red; }\n")
        let outcome = await session.rebuild()
        #expect(outcome.cssOnly)
        #expect(outcome.urls == ["/style.css"])
    }

    @Test("a template change re-renders every page that uses the theme")
    func templateChange() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        try site.write(
            "Templates/404.mustache", "<!DOCTYPE html><html lang=\"zh\"><title>404</title><body>无</body></html>\n")
        let outcome = await session.rebuild()
        #expect(outcome.urls.contains("/404.html"))
        #expect(outcome.urls.contains("/2026/04/a1/"), "the theme's fingerprint is part of every page's")
    }
}
