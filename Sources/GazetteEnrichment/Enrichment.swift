import GazetteContent

/// Runs the enrichment steps over a loaded site: topics, topic links, links and wiki links,
/// backlinks, related articles. Pure: a site in, a new value out; it never renders.
public struct Enrichment: Sendable {
    /// Whether front matter topics carry their mentions and score, as `inspect` shows them.
    let explainsTopics: Bool

    /// Creates the enrichment stage; builds pass `explainsTopics: false` to skip work no page shows.
    public init(explainsTopics: Bool = true) {
        self.explainsTopics = explainsTopics
    }

    /// Enriches every article; with a `cache`, only articles whose inputs changed are worked on.
    /// Articles restored without their body (`hasBody` false) are loaded with `complete` when
    /// the cache cannot answer for them, and again when a page of theirs is rendered.
    public func run(
        _ site: Site, cache: EnrichmentCache? = nil, complete: (@Sendable (Article) -> Article?)? = nil
    ) async -> EnrichedSite {
        let urls = SiteURLs(config: site.config)
        let tagger = TopicTagger(vocabulary: site.vocabulary, config: site.config, explains: explainsTopics)
        let linker = site.config.autoLinkTopics ? TopicLinker(sharingMatcherOf: tagger, urls: urls) : nil
        let keys = await CacheKeys(site: site)
        // The link tables depend only on what links see of each article: reused while that holds.
        var tablesKey = StableHasher()
        tablesKey.combine(explainsTopics ? 1 : 0)
        tablesKey.combine(keys.settings)
        tablesKey.combine(keys.everything)
        let resolver: LinkResolver
        if let cached = cache?.resolver(key: tablesKey.value) {
            resolver = cached
        } else {
            resolver = LinkResolver(
                articles: site.articles, unpublished: site.unpublished, assets: site.assets, urls: urls,
                brokenLinksAreWarnings: site.config.linkErrorsAreWarnings)
            cache?.storeResolver(key: tablesKey.value, resolver)
        }

        let steps = EnrichmentSteps(tagger: tagger, linker: linker, resolver: resolver, keys: keys)

        cache?.keep(only: Set(site.articles.map(\.file)))
        let withBody: @Sendable (Article) -> Article = { article in
            article.hasBody ? article : complete?(article) ?? article
        }
        let results = await ParallelMap.map(site.articles) { stored -> ([TopicAssignment], LinkResolver.Resolution) in
            var article = stored
            let assignments: [TopicAssignment]
            var mentions: BodyMentions?
            if let cached = cache?.tagged(article.file, key: keys.tagging(article)) {
                assignments = cached
            } else {
                article = withBody(article)
                (assignments, mentions) = steps.tag(article, cache: cache)
            }
            let linkKey = keys.linking(article, topics: assignments, previous: cache?.previousResolution(article.file))
            if let cached = cache?.resolved(article.file, key: linkKey) { return (assignments, cached) }
            // `article` has its body here whenever `mentions` were found: the tagger searched it.
            return (
                assignments, steps.link(withBody(article), assignments: assignments, mentions: mentions, cache: cache)
            )
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
        let topicsOfArticle = assignments.map { $0.compactMap { topicNumbers[$0.topic.id] } }
        // Related lists depend only on each article's topics and date: an edit that changes
        // neither (most edits) reuses them.
        var relatedKey = StableHasher()
        for (index, article) in site.articles.enumerated() {
            // Which article sits at an index does not matter: lists hold indexes.
            relatedKey.combine(Int(article.date.timeIntervalSince1970))
            for topic in topicsOfArticle[index] { relatedKey.combine(topic) }
        }
        let related: [[Int]]
        if let cached = cache?.related(key: relatedKey.value) {
            related = cached
        } else {
            related = await RelatedIndex(topicsOfArticle: topicsOfArticle, dates: site.articles.map(\.date)).all()
            cache?.storeRelated(key: relatedKey.value, related)
        }
        // A page of an article without its body needs the body as enrichment would have left it.
        let completion: @Sendable (Article, [Topic]) -> Article = { article, topics in
            steps.link(withBody(article), topics: topics).article
        }
        var result = EnrichedSite(
            site: enriched, assignments: assignments, related: related, backlinks: backlinks, outbound: outbound,
            diagnostics: resolutions.flatMap(\.diagnostics), completion: completion)
        result.steps = steps
        return result
    }
}
