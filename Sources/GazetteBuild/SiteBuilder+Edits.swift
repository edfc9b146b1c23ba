import Foundation
import GazetteContent
import GazetteEnrichment

extension SiteBuilder {
    /// Prepares the site again after edits to articles only (`gazette serve`), patching
    /// `previous` instead of loading and enriching every article: nil when the changes are not
    /// all in-place article edits, or `previous` had errors, and `prepare` must run.
    /// `changedFiles`: the full paths a file watcher saw change.
    public func update(_ previous: Prepared, changedFiles: Set<String>, cache: ArticleCache?) -> Prepared? {
        guard previous.theme != nil, !previous.diagnostics.containsErrors else { return nil }
        let start = Date()
        let loader = SiteLoader(
            root: options.site,
            options: SiteLoader.Options(
                includeDrafts: options.includeDrafts, baseURL: options.baseURL, now: options.now),
            cache: cache)
        guard let edits = loader.reload(changedFiles, in: previous.enriched.site) else { return nil }
        let loaded = Date()
        guard
            let (enriched, enrichmentChanged) = Enrichment(explainsTopics: false).update(
                previous.enriched, with: edits, cache: previous.enrichmentCache)
        else { return nil }
        var diagnostics = previous.diagnostics
        // Most edits keep the article's warnings: then the site's list is left as it was.
        if enrichmentChanged || edits.contains(where: { $0.previousDiagnostics != $0.diagnostics }) {
            let files = Set(edits.map(\.article.file))
            diagnostics.removeAll { files.contains($0.file) }
            diagnostics += edits.flatMap(\.diagnostics) + enriched.diagnostics.filter { files.contains($0.file) }
        }
        return Prepared(
            enriched: enriched, theme: previous.theme, diagnostics: diagnostics,
            timings: [("reload", loaded.timeIntervalSince(start)), ("enrich edits", Date().timeIntervalSince(loaded))],
            enrichmentCache: previous.enrichmentCache)
    }
}
