import GazetteContent
import GazetteMustache

extension SiteRenderer {
    /// Every article's list item and reference, made over all cores.
    func sharedValues() async -> SharedValues {
        let values = await ParallelMap.map(Array(articles.indices)) { index in
            (
                context.item(articles[index], topics: enriched.topics[index]),
                context.reference(articles[index])
            )
        }
        return SharedValues(items: values.map(\.0), references: values.map(\.1))
    }

    /// The list item of the article at `index`.
    func item(_ index: Int) -> MustacheValue {
        shared?.items[index] ?? context.item(articles[index], topics: enriched.topics[index])
    }

    /// The reference to the article at `index` (related, backlinks, previous and next).
    func reference(_ index: Int) -> MustacheValue {
        shared?.references[index] ?? context.reference(articles[index])
    }
}
