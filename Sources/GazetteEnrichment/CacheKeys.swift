import GazetteContent

/// The inputs of each article's enrichment, hashed, so `EnrichmentCache` knows what to redo.
struct CacheKeys: Sendable {
    /// Vocabulary, settings and the list of assets: a change means every article is tagged and
    /// linked again.
    let settings: UInt64
    /// What other articles' links see of each article: URL, title, slug, heading ids.
    let targets: [String: UInt64]
    /// All targets, drafts and assets together, for articles whose links were broken.
    let everything: UInt64

    init(site: Site) async {
        var settings = StableHasher()
        for topic in site.vocabulary.topics {
            for part in [topic.id, topic.name] + topic.aliases { settings.combine(part) }
        }
        let config = site.config
        // All of site.yml: besides topic and link settings, it shapes what articles are (URLs,
        // default author, language), and a cached result holds the article it was made from.
        settings.combine("\(config)")
        // Links to images and PDFs are not tracked one by one: adding or removing one redoes all.
        for asset in site.assets { settings.combine(asset) }
        self.settings = settings.value
        // Over both cores: a build waits for these before it tags or links anything.
        let hashes = await ParallelMap.map(site.articles) { article in
            var hasher = StableHasher()
            hasher.combine(article.url)
            hasher.combine(article.title)
            hasher.combine(article.slug)
            for heading in article.headings { hasher.combine(heading.id) }
            return (article.contentPath, hasher.value)
        }
        var targets: [String: UInt64] = [:]
        targets.reserveCapacity(hashes.count)
        var everything = StableHasher()
        for (path, hash) in hashes {
            targets[path] = hash
            everything.combine(path)
            everything.combine(hash)
        }
        for path in site.unpublished.sorted() + site.assets { everything.combine(path) }
        self.targets = targets
        self.everything = everything.value
    }

    func tagging(_ article: Article) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(settings)
        hasher.combine(article.sourceHash)
        return hasher.value
    }

    /// The article, its topics, and the articles it linked to last time; when a link was broken
    /// (or wiki links may name articles), every target counts, since a new or renamed article may
    /// fix it.
    func linking(_ article: Article, topics: [TopicAssignment], previous: LinkResolver.Resolution?) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(settings)
        hasher.combine(article.sourceHash)
        for assignment in topics { hasher.combine(assignment.topic.id) }
        guard let previous, previous.diagnostics.isEmpty else {
            hasher.combine(everything)
            return hasher.value
        }
        for path in previous.linkedArticles {
            hasher.combine(path)
            hasher.combine(targets[path] ?? 0)
        }
        return hasher.value
    }
}
