import Foundation
import GazetteContent

/// Per-article enrichment kept between runs (`gazette serve`): topics are found again only when
/// an article's text or the vocabulary changed, and links are resolved again only when the
/// article or one of the articles it links to changed.
public final class EnrichmentCache: Sendable {
    struct Tagged: Sendable {
        var key: UInt64
        var assignments: [TopicAssignment]
    }

    struct Resolved: Sendable {
        var key: UInt64
        var resolution: LinkResolver.Resolution
    }

    private struct State: Sendable {
        var tagged: [String: Tagged] = [:]
        var resolved: [String: Resolved] = [:]
        var related: RelatedLists?
        var resolver: CachedResolver?
    }

    struct CachedResolver: Sendable {
        var key: UInt64
        var resolver: LinkResolver
    }

    struct RelatedLists: Sendable {
        var key: UInt64
        var lists: [[Int]]
    }

    private let locked = Locked(State())

    /// An empty cache.
    public init() {}

    func tagged(_ file: String, key: UInt64) -> [TopicAssignment]? {
        locked.withLock { $0.tagged[file].flatMap { $0.key == key ? $0.assignments : nil } }
    }

    func storeTagged(_ file: String, key: UInt64, _ assignments: [TopicAssignment]) {
        locked.withLock { $0.tagged[file] = Tagged(key: key, assignments: assignments) }
    }

    /// The last resolution of an article, whatever its key, to see what it linked to.
    func previousResolution(_ file: String) -> LinkResolver.Resolution? {
        locked.withLock { $0.resolved[file]?.resolution }
    }

    func resolved(_ file: String, key: UInt64) -> LinkResolver.Resolution? {
        locked.withLock { $0.resolved[file].flatMap { $0.key == key ? $0.resolution : nil } }
    }

    func storeResolved(_ file: String, key: UInt64, _ resolution: LinkResolver.Resolution) {
        locked.withLock { $0.resolved[file] = Resolved(key: key, resolution: resolution) }
    }

    /// Related lists computed for the same articles, order, dates and topics.
    func related(key: UInt64) -> [[Int]]? {
        locked.withLock { $0.related.flatMap { $0.key == key ? $0.lists : nil } }
    }

    func storeRelated(key: UInt64, _ lists: [[Int]]) {
        locked.withLock { $0.related = RelatedLists(key: key, lists: lists) }
    }

    /// The link tables built for the same targets and settings.
    func resolver(key: UInt64) -> LinkResolver? {
        locked.withLock { $0.resolver.flatMap { $0.key == key ? $0.resolver : nil } }
    }

    func storeResolver(key: UInt64, _ resolver: LinkResolver) {
        locked.withLock { $0.resolver = CachedResolver(key: key, resolver: resolver) }
    }

    /// A copy of everything, for writing.
    func snapshot() -> (tagged: [String: Tagged], resolved: [String: Resolved], related: RelatedLists?) {
        locked.withLock { ($0.tagged, $0.resolved, $0.related) }
    }

    /// Replaces the contents with read ones.
    func restore(tagged: [String: Tagged], resolved: [String: Resolved], related: RelatedLists?) {
        locked.withLock { state in
            state.tagged = tagged
            state.resolved = resolved
            state.related = related
        }
    }

    /// Forgets articles that are gone.
    func keep(only files: Set<String>) {
        locked.withLock { state in
            // Usually nothing is gone: remove keys one by one rather than rebuild the tables.
            for file in state.tagged.keys where !files.contains(file) { state.tagged[file] = nil }
            for file in state.resolved.keys where !files.contains(file) { state.resolved[file] = nil }
        }
    }
}
