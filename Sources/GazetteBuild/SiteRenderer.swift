import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteMarkdown
import GazetteMustache
import GazetteTemplates

/// Plans and renders every generated output of an enriched site: article pages, lists, topic
/// pages, archive, feeds, sitemap and redirects.
public struct SiteRenderer: Sendable {
    let enriched: EnrichedSite
    let theme: Theme
    let context: PageContext
    /// Mixed into every fingerprint: the theme and settings the pages are rendered with.
    let baseFingerprint: UInt64
    /// What lists show of each article, hashed once per plan.
    let summaryKeys: [UInt64]
    /// Article indexes of each used topic, newest first; topics in vocabulary order.
    let topicEntries: [(topic: Topic, entries: [Int])]
    /// List items and references made once for all articles, when a render covers most pages.
    var shared: SharedValues?
    /// List iterations of those shared values, kept across the pages of one render call.
    var memo: MustacheMemo?

    /// Creates a renderer; `baseFingerprint` identifies the theme and settings.
    public init(enriched: EnrichedSite, theme: Theme, baseFingerprint: UInt64 = 0) async {
        self.enriched = enriched
        self.theme = theme
        self.context = PageContext(config: enriched.site.config)
        self.baseFingerprint = baseFingerprint
        let byTopic = enriched.articlesByTopic
        topicEntries = enriched.site.vocabulary.topics.compactMap { topic in byTopic[topic.id].map { (topic, $0) } }
        // Hashed again on every preview rebuild: over both cores.
        summaryKeys = await ParallelMap.map(Array(enriched.site.articles.indices)) { index in
            let article = enriched.site.articles[index]
            let topics = enriched.topics[index]
            var hasher = StableHasher()
            for part in [article.title, article.url, article.summary, article.source ?? "", article.author ?? ""] {
                hasher.combine(part)
            }
            for part in article.deck + [article.language, article.image ?? ""] + topics.map(\.id) {
                hasher.combine(part)
            }
            hasher.combine(Int(article.date.timeIntervalSince1970))
            hasher.combine(Int((article.updated ?? article.date).timeIntervalSince1970))
            hasher.combine(article.measures.readingMinutes)
            return hasher.value
        }
    }

    var site: Site { enriched.site }
    var articles: [Article] { site.articles }
    var config: SiteConfig { site.config }

    /// Counts of what was written, and where the time went.
    public struct Counts: Sendable {
        /// HTML pages.
        public var pages = 0
        /// All files.
        public var files = 0
        /// Seconds spent rendering and writing, summed over all cores.
        public var renderSeconds = 0.0, writeSeconds = 0.0
        /// The pages that took longest to render, slowest first.
        public var slowest: [(path: String, seconds: Double)] = []
    }

    /// What every page's fingerprint starts from: the theme, the settings, and the year the
    /// footer shows.
    public static func baseFingerprint(theme: Theme, config: SiteConfig) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(theme.fingerprint)
        hasher.combine("\(config)")
        hasher.combine(DateDisplay(timeZone: config.timeZone).yearMonth(Date()).year)
        return hasher.value
    }

    /// Every output of the site with its fingerprint, in a fixed order.
    public func plan() async -> [PlannedPage] {
        var pages = await ParallelMap.map(Array(articles.indices)) { index in
            PlannedPage(
                path: SiteURLs.outputFile(for: articles[index].url), fingerprint: articleFingerprint(index),
                job: .article(index))
        }
        pages += planLists()
        pages += planFeedsAndRedirects()
        return pages
    }

    /// Renders planned pages in parallel and writes them; returns what was written.
    public func renderAll(into sink: some PageSink) async throws -> Counts {
        try await render(await plan(), into: sink)
    }

    /// Makes the values shared between pages (list items, references) and the memo of their
    /// list iterations, when `pages` are most of the site's; `render` otherwise makes them itself.
    public mutating func prepareShared(for pages: [PlannedPage]) async {
        // Each article shows on several lists and in other articles' related lists: when most
        // pages are rendered, what those show of it is made once.
        if shared == nil, pages.count * 2 > articles.count { shared = await sharedValues() }
        // What a page shows of a shared item or reference is rendered once per template place.
        if memo == nil, let shared { memo = MustacheMemo(keeping: shared.items + shared.references) }
    }

    /// Renders the given pages in parallel into `sink`.
    public func render(_ pages: [PlannedPage], into sink: some PageSink) async throws -> Counts {
        // The slow single files (sitemap, feeds) and the lists first: left for the end, one core
        // rendered them while the other had nothing left to do.
        let order = pages.indices.sorted { Self.renderRank(pages[$0]) < Self.renderRank(pages[$1]) }
        let ordered = order.map { pages[$0] }
        await sink.prepareFolders(for: ordered.map(\.path))
        var renderer = self
        await renderer.prepareShared(for: pages)
        let results = await ParallelMap.map(ordered) {
            [renderer] page -> (render: Double, write: Double, failure: String?) in
            let start = DispatchTime.now().uptimeNanoseconds
            let bytes = renderer.render(page)
            let rendered = DispatchTime.now().uptimeNanoseconds
            var failure: String?
            do {
                try sink.write(bytes, to: page.path)
            } catch {
                failure = "\(error)"
            }
            let written = DispatchTime.now().uptimeNanoseconds
            return (Double(rendered - start) / 1e9, Double(written - rendered) / 1e9, failure)
        }
        if let failure = results.compactMap(\.failure).first { throw OutputFailure(message: failure) }
        let slowest = results.indices.sorted { results[$0].render > results[$1].render }.prefix(5)
        return Counts(
            pages: pages.filter(\.isHTML).count, files: pages.count,
            renderSeconds: results.reduce(0) { $0 + $1.render }, writeSeconds: results.reduce(0) { $0 + $1.write },
            slowest: slowest.map { (ordered[$0].path, results[$0].render) })
    }

    /// Where a page goes in the render order: sitemap, then feeds, then lists, then the rest.
    static func renderRank(_ page: PlannedPage) -> Int {
        switch page.job {
        case .sitemap: return 0
        case .feed: return 1
        case .home, .topic, .topicIndex, .month, .archive, .notFound: return 2
        case .article, .robots, .redirect: return 3
        }
    }

    /// The bytes of one planned page.
    public func render(_ page: PlannedPage) -> [UInt8] {
        switch page.job {
        case .article(let index): return renderArticle(index)
        case .feed(let topic, let entries): return Array(rss(topic: topic, entries: entries).utf8)
        case .sitemap: return Array(sitemap().utf8)
        case .robots: return Array(robots().utf8)
        case .redirect(let index, let alias): return Array(redirect(articles[index], alias: alias).utf8)
        default: return renderList(page)
        }
    }

    /// The HTML of an article body as the site shows it.
    public static func bodyHTML(_ article: Article) -> String {
        HTMLRenderer(options: .site).render(article.document)
    }

    func renderArticle(_ index: Int) -> [UInt8] {
        let article = enriched.fullArticle(index)
        // Closures, not `map(reference)`: a method reference copies the whole renderer each time.
        let page = context.articlePage(
            article, body: Self.bodyHTML(article), topics: enriched.topics[index],
            related: enriched.related[index].map { reference($0) },
            backlinks: enriched.backlinks[index].map { reference($0) },
            previous: index + 1 < articles.count ? reference(index + 1) : nil,
            next: index > 0 ? reference(index - 1) : nil, item: shared?.items[index])
        return theme.render("article", page, memo: memo)
    }

    /// Everything an article page shows: its source, topics, and what it shows of other articles.
    func articleFingerprint(_ index: Int) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(baseFingerprint)
        hasher.combine("article")
        hasher.combine(articles[index].sourceHash)
        hasher.combine(summaryKeys[index])
        for other in enriched.related[index] + [-1] + enriched.backlinks[index] + [-1] + enriched.outbound[index] {
            hasher.combine(other < 0 ? 0 : summaryKeys[other])
        }
        hasher.combine(index + 1 < articles.count ? summaryKeys[index + 1] : 0)
        hasher.combine(index > 0 ? summaryKeys[index - 1] : 0)
        return hasher.value
    }

    /// A fingerprint of a page kind and the articles it shows.
    func fingerprint(_ kind: String, _ parts: [String], entries: [Int]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(baseFingerprint)
        hasher.combine(kind)
        for part in parts { hasher.combine(part) }
        for entry in entries { hasher.combine(summaryKeys[entry]) }
        return hasher.value
    }

    func html(_ template: String, _ page: PageContext.Page, _ extra: [String: MustacheValue]) -> [UInt8] {
        theme.render(template, context.context(for: page, extra), memo: memo)
    }
}

/// A write that failed, carried out of a parallel render.
struct OutputFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
