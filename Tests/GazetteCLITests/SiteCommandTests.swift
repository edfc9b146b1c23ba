import Foundation
import GazetteTesting
import Testing

@Suite("gazette build, new and inspect")
struct SiteCommandTests {
    @Test("build prints compiler-style diagnostics and exits 1 on errors")
    func buildFailure() throws {
        let site = try TestSite(["Content/a.md": "---\ntitle: x\nslug: ../x\n---\n"])
        defer { site.remove() }
        let result = try GazetteBinary.run(["build", "--site", site.root.path])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "Content/a.md:3:1: error: slug '../x' contains a path separator; use letters, digits and hyphens, like 'mei-yi-tan-pan'"
            ))
        #expect(result.standardError.contains("Error: build failed with 1 error; Public/ was left unchanged"))
    }

    @Test("new site, new article, build and inspect work together")
    func newSiteFlow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try GazetteBinary.run(["new", "site", folder.path])
        #expect(created.status == 0, "\(created.standardError)")
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("Templates/article.mustache").path))

        let article = try GazetteBinary.run(["new", "article", "港口复航首日", "--site", folder.path])
        #expect(article.status == 0, "\(article.standardError)")
        #expect(article.standardOutput.contains("/gang-kou-fu-hang-shou-ri.md (draft: true"))
        let again = try GazetteBinary.run(["new", "article", "港口复航首日", "--site", folder.path])
        #expect(again.status == 1)
        #expect(again.standardError.contains("already exists; choose another title or edit that file"))

        let built = try GazetteBinary.run(["build", "--site", folder.path, "--drafts"])
        #expect(built.status == 0, "\(built.standardError)")
        #expect(built.standardOutput.hasPrefix("Built 2 articles"))

        let welcome = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("Content").path)
            .first { $0.hasSuffix("-welcome.md") }
        let path = folder.appendingPathComponent("Content").appendingPathComponent(try #require(welcome)).path
        let inspected = try GazetteBinary.run(["inspect", "--site", folder.path, path, "--format", "json"])
        #expect(inspected.status == 0, "\(inspected.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(inspected.standardOutput.utf8)) as? [String: Any]
        #expect(json?["title"] as? String == "欢迎使用 Gazette")
        #expect(json?["source"] as? String == "本报")
        #expect(json?["deck"] as? [String] == ["这是一篇示例文章", "删除它，写下你的第一篇报道"])
        for key in [
            "url", "date", "author", "summary", "readingMinutes", "headings", "links", "topics", "related", "backlinks",
        ] {
            #expect(json?[key] != nil, "inspect has '\(key)'")
        }
    }

    @Test("new site refuses a folder that is not empty")
    func newSiteExisting() throws {
        let site = try TestSite(["Content/a.md": "# A\n"])
        defer { site.remove() }
        let result = try GazetteBinary.run(["new", "site", site.root.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("already exists and is not empty; choose a new folder name"))
    }
}

@Suite("gazette publish")
struct PublishCommandTests {
    @Test("publishing without baseURL is refused with what to add")
    func needsBaseURL() throws {
        let site = try TestSite(["Content/a.md": "---\ntitle: x\ndate: 2026-04-12\n---\n正文。\n"])
        defer { site.remove() }
        let result = try GazetteBinary.run([
            "publish", "--site", site.root.path, "dir:" + site.root.appendingPathComponent("www").path,
        ])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "Error: publishing needs baseURL (canonical URLs, feeds and the sitemap are absolute); add 'baseURL: https://news.example.com/' to Content/site.yml or pass --base-url"
            ))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("www").path))
    }

    @Test("--dry-run lists the files it would add and writes nothing")
    func dryRun() throws {
        let site = try TestSite(["Content/a.md": "---\ntitle: x\ndate: 2026-04-12\nslug: x\n---\n正文。\n"])
        defer { site.remove() }
        let target = "dir:" + site.root.appendingPathComponent("www").path
        let result = try GazetteBinary.run([
            "publish", "--site", site.root.path, "--base-url", "https://x.example/", "--dry-run", target,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("added  2026/04/x/index.html"))
        #expect(result.standardOutput.contains("dry run: nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("www").path))
    }
}
