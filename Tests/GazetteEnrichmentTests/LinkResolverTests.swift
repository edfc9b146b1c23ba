import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteMarkdown
import Testing

@Suite("Link resolution")
struct LinkResolverTests {
    func article(_ path: String, _ body: String, headings: [String] = []) -> Article {
        var diagnostics: [Diagnostic] = []
        let text =
            "---\ntitle: \(path)\ndate: 2026-04-12\nslug: \(path.split(separator: "/").last?.split(separator: ".").first ?? "x")\n---\n"
            + headings.map { "## \($0)\n\n" }.joined() + body
        let loaded = ArticleLoader(config: SiteConfig(), captions: .builtIn).load(
            file: "Content/" + path, contentPath: path, bytes: Array(text.utf8), modified: Date(),
            diagnostics: &diagnostics)
        guard let loaded else { fatalError("fixture \(path) did not load: \(diagnostics)") }
        return loaded
    }

    @Test("relative and site paths to articles and assets become URLs")
    func rewrites() {
        let target = article("2026/talks.md", "正文。", headings: ["谈判细节"])
        let source = article(
            "world/a.md",
            "[一](../2026/talks.md) [二](/2026/talks.md#谈判细节) ![图](../media/map.png) [外](https://example.com/x.md)")
        let resolver = LinkResolver(
            articles: [target, source], assets: ["media/map.png"], urls: SiteURLs(config: SiteConfig()))
        let resolution = resolver.resolve(source)
        #expect(resolution.diagnostics.isEmpty)
        #expect(resolution.linkedArticles == ["2026/talks.md"])
        let html = HTMLRenderer().render(resolution.article.document)
        #expect(html.contains("<a href=\"/2026/04/talks/\">一</a>"))
        #expect(html.contains("<a href=\"/2026/04/talks/#%E8%B0%88%E5%88%A4%E7%BB%86%E8%8A%82\">二</a>"))
        #expect(html.contains("<img src=\"/media/map.png\" alt=\"图\" />"))
        #expect(html.contains("<a href=\"https://example.com/x.md\">外</a>"))
    }

    @Test("a link to a draft is an error that says so")
    func draft() {
        let source = article("world/a.md", "见[草稿](../2026/draft.md)")
        let resolver = LinkResolver(
            articles: [source], unpublished: ["2026/draft.md"], assets: [], urls: SiteURLs(config: SiteConfig()))
        #expect(
            resolver.resolve(source).diagnostics.map(\.description) == [
                "Content/world/a.md:6:2: error: link target '../2026/draft.md' is a draft or dated in the future, so it is not published; remove the link or publish the article"
            ])
    }

    @Test("linkErrors: warning downgrades broken links")
    func warnings() {
        let source = article("a.md", "[x](missing.md)")
        let resolver = LinkResolver(
            articles: [source], assets: [], urls: SiteURLs(config: SiteConfig()), brokenLinksAreWarnings: true)
        #expect(resolver.resolve(source).diagnostics.map(\.severity) == [.warning])
    }
}
