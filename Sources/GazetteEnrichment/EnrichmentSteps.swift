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
    /// With the mentions the tagger found in the body when there are topic links to place:
    /// `link` takes them over for the same article instead of searching its text again.
    func tag(_ article: Article, cache: EnrichmentCache?) -> (assignments: [TopicAssignment], body: BodyMentions?) {
        let (assignments, body) = tagger.assign(article, keepingMentions: linker != nil)
        cache?.storeTagged(article.file, key: keys.tagging(article), assignments)
        return (assignments, body)
    }

    /// The article with its topic links and its links resolved; `mentions` only from `tag` of
    /// this very article.
    func link(_ article: Article, topics: [Topic], mentions: BodyMentions? = nil) -> LinkResolver.Resolution {
        var linked = article
        if let linker { linked.document = linker.link(linked.document, topics: topics, mentions: mentions) }
        return resolver.resolve(linked)
    }

    /// `link`, remembered in `cache` under the key the next run computes from this resolution.
    func link(
        _ article: Article, assignments: [TopicAssignment], mentions: BodyMentions? = nil, cache: EnrichmentCache?
    ) -> LinkResolver.Resolution {
        let resolution = link(article, topics: assignments.map(\.topic), mentions: mentions)
        cache?.storeResolved(
            article.file, key: keys.linking(article, topics: assignments, previous: resolution), resolution)
        return resolution
    }
}
