import GazetteContent

/// What one enrichment run works with (`EnrichedSite.steps` keeps it): the tagger, linker, link
/// tables and cache keys. `Enrichment.run` enriches every article with it; an edit that leaves
/// the site's shape as it was is enriched with the same steps (`Enrichment.update`).
struct EnrichmentSteps: Sendable {
    let tagger: TopicTagger
    let linker: TopicLinker?
    let resolver: LinkResolver
    let keys: CacheKeys

    /// The article's topics, remembered in `cache`.
    func tag(_ article: Article, cache: EnrichmentCache?) -> [TopicAssignment] {
        let assignments = tagger.assign(article)
        cache?.storeTagged(article.file, key: keys.tagging(article), assignments)
        return assignments
    }

    /// The article with its topic links and its links resolved.
    func link(_ article: Article, topics: [Topic]) -> LinkResolver.Resolution {
        var linked = article
        if let linker { linked.document = linker.link(linked.document, topics: topics) }
        return resolver.resolve(linked)
    }

    /// `link`, remembered in `cache` under the key the next run computes from this resolution.
    func link(_ article: Article, assignments: [TopicAssignment], cache: EnrichmentCache?) -> LinkResolver.Resolution {
        let resolution = link(article, topics: assignments.map(\.topic))
        cache?.storeResolved(
            article.file, key: keys.linking(article, topics: assignments, previous: resolution), resolution)
        return resolution
    }
}
