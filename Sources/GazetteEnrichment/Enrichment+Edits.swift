import GazetteContent

extension Enrichment {
    /// Applies edits that kept each article's place (`SiteLoader.reload`) to an earlier result,
    /// enriching only the edited articles: nil when an edit reaches other articles (a changed
    /// heading id other pages may link to, or changed topics, which move related lists), since
    /// then only `run` gives what a whole run would. `diagnosticsChanged`: whether the edited
    /// articles' link problems differ from before.
    public func update(
        _ previous: EnrichedSite, with edits: [ArticleEdit], cache: EnrichmentCache? = nil
    ) -> (enriched: EnrichedSite, diagnosticsChanged: Bool)? {
        guard let steps = previous.steps else { return nil }
        var result = previous
        var diagnosticsChanged = false
        for edit in edits {
            let index = edit.index
            let old = previous.site.articles[index]
            let article = edit.article
            guard old.file == article.file, old.headings.map(\.id) == article.headings.map(\.id) else { return nil }
            let (assignments, mentions) = steps.tag(article, cache: cache)
            guard assignments.map(\.topic.id) == previous.topics[index].map(\.id) else { return nil }
            // What it found last time, from the cache when there is one (a search through every
            // warning of the site costs more than the rest of the update).
            let before =
                cache?.previousResolution(article.file)?.diagnostics
                ?? previous.diagnostics.filter { $0.file == article.file }
            let resolution = steps.link(article, assignments: assignments, mentions: mentions, cache: cache)

            result.site.articles[index] = resolution.article
            result.setAssignments(assignments, at: index)
            // Most edits keep the article's warnings: then the site's list is left uncopied.
            if before != resolution.diagnostics {
                diagnosticsChanged = true
                result.diagnostics.removeAll { $0.file == article.file }
                result.diagnostics += resolution.diagnostics
            }
            let articles = previous.site.articles
            let outbound = resolution.linkedArticles.compactMap { path in
                articles.firstIndex { $0.contentPath == path }
            }
            for target in result.outbound[index] where target != index {
                result.backlinks[target].removeAll { $0 == index }
            }
            for target in outbound where target != index {
                // Backlinks stay newest first: ascending indexes.
                let position = result.backlinks[target].firstIndex { $0 > index } ?? result.backlinks[target].endIndex
                result.backlinks[target].insert(index, at: position)
            }
            result.outbound[index] = outbound
        }
        return (result, diagnosticsChanged)
    }
}
