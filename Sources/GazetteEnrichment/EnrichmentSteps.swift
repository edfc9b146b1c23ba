import GazetteContent

/// What one enrichment run was made with (`EnrichedSite.steps`): an edit that leaves the site's
/// shape as it was is enriched with the same tagger, linker, link tables and cache keys.
struct EnrichmentSteps: Sendable {
    let tagger: TopicTagger
    let linker: TopicLinker?
    let resolver: LinkResolver
    let keys: CacheKeys
}
