import Foundation
import GazetteBuild
import GazetteContent
import GazetteTesting
import Testing

/// Each bad input: a clear message with file and line, the previous output kept, nothing written
/// outside it.
@Suite("Bad input")
struct BadInputTests {
    static let good = "---\ntitle: 好文章\ndate: 2026-04-12\n---\n\n正文。\n"

    /// Builds a good site, breaks it with `files`, builds again and returns the errors.
    func breakSite(_ files: [String: [UInt8]]) async throws -> (errors: [String], site: TestSite) {
        let site = try TestSite(["Content/2026/good.md": Self.good])
        try await site.build()
        let before = site.snapshot()
        for (path, bytes) in files {
            let url = site.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let siblingsBefore = site.siblings
        let diagnostics = await site.buildErrors()
        #expect(site.snapshot() == before, "the previous Public/ is unchanged")
        #expect(site.siblings == siblingsBefore, "nothing was left beside Public/")
        return (diagnostics.filter { $0.severity == .error }.map(\.description), site)
    }

    @Test("invalid YAML: error at the YAML's line in the file")
    func invalidYAML() async throws {
        let (errors, site) = try await breakSite([
            "Content/2026/bad.md": Array("---\ntitle: 坏\ndeck: [一, 二\n---\n正文\n".utf8)
        ])
        defer { site.remove() }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("Content/2026/bad.md:4:") == true)
        #expect(errors.first?.contains("error: invalid YAML:") == true)
    }

    @Test("invalid UTF-8: error at the byte's line and column")
    func invalidUTF8() async throws {
        let bytes = Array("---\ntitle: 坏\n---\n第一行\n中文".utf8) + [0xFF] + Array("\n".utf8)
        let (errors, site) = try await breakSite(["Content/2026/bad.md": bytes])
        defer { site.remove() }
        #expect(errors == ["Content/2026/bad.md:5:3: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8"])
    }

    @Test("a slug with ../ is refused")
    func slugTraversal() async throws {
        let (errors, site) = try await breakSite([
            "Content/2026/bad.md": Array("---\ntitle: 坏\ndate: 2026-04-12\nslug: ../../etc\n---\n正文\n".utf8)
        ])
        defer { site.remove() }
        #expect(
            errors == [
                "Content/2026/bad.md:4:1: error: slug '../../etc' contains a path separator; use letters, digits and hyphens, like 'mei-yi-tan-pan'"
            ])
    }

    @Test("two articles on one URL name both files")
    func duplicateURL() async throws {
        let (errors, site) = try await breakSite([
            "Content/2026/copy.md": Array("---\ntitle: 好文章\ndate: 2026-04-12\n---\n另一篇。\n".utf8)
        ])
        defer { site.remove() }
        #expect(
            errors == [
                "Content/2026/good.md:1:1: error: URL '/2026/04/hao-wen-zhang/' is also used by Content/2026/copy.md; give one of them another 'slug:' in its front matter"
            ])
    }

    @Test("a template syntax error names the template and line")
    func templateSyntax() async throws {
        let (errors, site) = try await breakSite([
            "Templates/article.mustache": Array(
                "<!DOCTYPE html>\n<title>{{page.title}}</title>\n{{#article}}\n<p>{{title}}</p>\n".utf8)
        ])
        defer { site.remove() }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("Templates/article.mustache:") == true)
        #expect(errors.first?.contains("error: template syntax error: a section is never closed") == true)
    }

    @Test("a missing partial is an error, not empty output")
    func missingPartial() async throws {
        let (errors, site) = try await breakSite([
            "Templates/404.mustache": Array("<!DOCTYPE html>\n<html>\n{{> partials/sidebar}}\n</html>\n".utf8)
        ])
        defer { site.remove() }
        #expect(
            errors == [
                "Templates/404.mustache:3:1: error: partial 'partials/sidebar' not found; create Templates/partials/sidebar.mustache or fix the name"
            ])
    }

    @Test("all errors of a run are reported together")
    func allErrors() async throws {
        let (errors, site) = try await breakSite([
            "Content/2026/a.md": Array("---\ntitle: [\n---\n".utf8),
            "Content/2026/b.md": Array("---\ntitle: b\nslug: ..\n---\n".utf8),
            "Content/2026/c.md": [0xC3, 0x28],
        ])
        defer { site.remove() }
        #expect(errors.count == 3)
        #expect(
            errors.map { $0.prefix(18) }.sorted() == ["Content/2026/a.md:", "Content/2026/b.md:", "Content/2026/c.md:"])
    }
}
