import GazetteContent

/// Runs the enrichment steps over a loaded site: topics, links, backlinks, related articles.
public struct Enrichment: Sendable {
    /// Creates the enrichment stage.
    public init() {}

    /// Enriches every article; pure: the site in, a new value out.
    public func run(_ site: Site) async -> EnrichedSite {
        let urls = SiteURLs(config: site.config)
        let resolver = LinkResolver(
            articles: site.articles, unpublished: site.unpublished, assets: site.assets, urls: urls,
            brokenLinksAreWarnings: site.config.linkErrorsAreWarnings)
        let resolutions = await ParallelMap.map(site.articles) { resolver.resolve($0) }

        var resolvedSite = site
        resolvedSite.articles = resolutions.map(\.article)
        let indexByPath = Dictionary(
            site.articles.enumerated().map { ($1.contentPath, $0) }, uniquingKeysWith: { first, _ in first })
        let outbound = resolutions.map { $0.linkedArticles.compactMap { indexByPath[$0] } }
        var backlinks = [[Int]](repeating: [], count: site.articles.count)
        for (source, targets) in outbound.enumerated() {
            for target in targets where target != source { backlinks[target].append(source) }
        }
        // Articles are sorted newest first, so sorting indexes keeps backlinks newest first.
        backlinks = backlinks.map { $0.sorted() }

        let topics = site.articles.map { article in
            var seen: Set<String> = []
            return article.topicTags.compactMap { site.vocabulary.topic(named: $0) }.filter { seen.insert($0.id).inserted }
        }
        return EnrichedSite(
            site: resolvedSite, topics: topics, related: Array(repeating: [], count: site.articles.count),
            backlinks: backlinks, outbound: outbound, diagnostics: resolutions.flatMap(\.diagnostics))
    }
}
