import GazetteContent

/// Runs the enrichment steps over a loaded site: topics, topic links, links and wiki links,
/// backlinks, related articles. Pure: a site in, a new value out; it never renders.
public struct Enrichment: Sendable {
    /// Creates the enrichment stage.
    public init() {}

    /// Enriches every article.
    public func run(_ site: Site) async -> EnrichedSite {
        let urls = SiteURLs(config: site.config)
        let tagger = TopicTagger(vocabulary: site.vocabulary, config: site.config)
        let linker = site.config.autoLinkTopics ? TopicLinker(vocabulary: site.vocabulary, urls: urls) : nil
        let resolver = LinkResolver(
            articles: site.articles, unpublished: site.unpublished, assets: site.assets, urls: urls,
            brokenLinksAreWarnings: site.config.linkErrorsAreWarnings)

        let results = await ParallelMap.map(site.articles) { article -> ([TopicAssignment], LinkResolver.Resolution) in
            let assignments = tagger.assign(article)
            var linked = article
            if let linker { linked.document = linker.link(article.document, topics: assignments.map(\.topic)) }
            return (assignments, resolver.resolve(linked))
        }
        let assignments = results.map(\.0)
        let resolutions = results.map(\.1)

        var enriched = site
        enriched.articles = resolutions.map(\.article)
        let indexByPath = Dictionary(
            site.articles.enumerated().map { ($1.contentPath, $0) }, uniquingKeysWith: { first, _ in first })
        let outbound = resolutions.map { $0.linkedArticles.compactMap { indexByPath[$0] } }
        var backlinks = [[Int]](repeating: [], count: site.articles.count)
        for (source, targets) in outbound.enumerated() {
            for target in targets where target != source { backlinks[target].append(source) }
        }
        // Articles are sorted newest first, so ascending indexes are newest first.
        backlinks = backlinks.map { $0.sorted() }

        let topicNumbers = Dictionary(
            site.vocabulary.topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let related = await RelatedIndex(
            topicsOfArticle: assignments.map { $0.compactMap { topicNumbers[$0.topic.id] } },
            dates: site.articles.map(\.date)
        ).all()
        return EnrichedSite(
            site: enriched, assignments: assignments, related: related, backlinks: backlinks, outbound: outbound,
            diagnostics: resolutions.flatMap(\.diagnostics))
    }
}
