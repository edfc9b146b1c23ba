import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteMarkdown
import GazetteTemplates

/// Renders every output of an enriched site into a sink: article pages, lists, topic pages,
/// archive, feeds, sitemap, redirects and static files.
public struct SiteRenderer: Sendable {
    let enriched: EnrichedSite
    let theme: Theme
    let context: PageContext

    /// Creates a renderer.
    public init(enriched: EnrichedSite, theme: Theme) {
        self.enriched = enriched
        self.theme = theme
        self.context = PageContext(config: enriched.site.config)
    }

    var site: Site { enriched.site }
    var articles: [Article] { site.articles }
    var config: SiteConfig { site.config }

    /// Counts of what was written.
    public struct Counts: Sendable {
        /// HTML pages.
        public var pages = 0
        /// All files.
        public var files = 0

        mutating func add(_ other: Counts) {
            pages += other.pages
            files += other.files
        }
    }

    /// Renders article pages in parallel, then the rest; returns what was written.
    public func renderAll(into sink: some PageSink) async throws -> Counts {
        var counts = Counts()
        let indexes = Array(articles.indices)
        let chunkResults = await ParallelMap.map(indexes) { index -> Result<Int, OutputFailure> in
            do {
                try renderArticle(at: index, into: sink)
                return .success(1)
            } catch {
                return .failure(OutputFailure(message: "\(error)"))
            }
        }
        for result in chunkResults {
            switch result {
            case .success(let pages):
                counts.pages += pages
                counts.files += pages
            case .failure(let failure): throw failure
            }
        }
        counts.add(try renderLists(into: sink))
        counts.add(try renderFeedsAndSitemap(into: sink))
        counts.add(try renderRedirects(into: sink))
        return counts
    }

    /// The HTML of an article body as the site shows it.
    public static func bodyHTML(_ article: Article) -> String {
        HTMLRenderer(options: .site).render(article.document)
    }

    func renderArticle(at index: Int, into sink: some PageSink) throws {
        let article = articles[index]
        let topics = enriched.topics[index]
        var page = PageContext.Page(
            title: context.title(article.title), description: article.summary, path: article.url, kind: "article",
            language: article.language)
        page.image = article.image.map { context.imageLink($0, of: article) }
        page.jsonLD = context.jsonLD(article)
        let values = context.article(
            article, body: Self.bodyHTML(article), topics: topics,
            related: enriched.related[index].map { articles[$0] },
            backlinks: enriched.backlinks[index].map { articles[$0] },
            previous: index + 1 < articles.count ? articles[index + 1] : nil,
            next: index > 0 ? articles[index - 1] : nil)
        let html = theme.render("article", context.context(for: page, ["article": values]))
        try sink.write(Array(html.utf8), to: SiteURLs.outputFile(for: article.url))
    }

    func write(_ template: String, _ page: PageContext.Page, _ extra: [String: Any], into sink: some PageSink) throws {
        let html = theme.render(template, context.context(for: page, extra))
        try sink.write(Array(html.utf8), to: SiteURLs.outputFile(for: page.path))
    }
}

/// A write that failed, carried out of a parallel render.
struct OutputFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
