import GazetteContent

/// A site after enrichment: links resolved, topics assigned, cross-references computed.
public struct EnrichedSite: Sendable {
    /// The loaded site; its articles have their links rewritten.
    public var site: Site
    /// The topics of each article with their reasons, by the article's index in `site.articles`.
    public private(set) var assignments: [[TopicAssignment]]
    /// The topics of each article, by the article's index in `site.articles`.
    public private(set) var topics: [[Topic]]
    /// Indexes of the most related articles of each article, best first.
    public var related: [[Int]]
    /// Indexes of the articles that link to each article, newest first.
    public var backlinks: [[Int]]
    /// Indexes of the articles each article links to.
    public var outbound: [[Int]]
    /// Problems found: broken links, unknown topics.
    public var diagnostics: [Diagnostic]
    /// Loads and enriches the body of an article restored without one.
    let completion: (@Sendable (Article, [Topic]) -> Article)?
    /// The tagger, linker and link tables this enrichment was made with, for applying edits.
    var steps: EnrichmentSteps?

    /// The article at `index` with its enriched body, loading it when the cache left it out.
    public func fullArticle(_ index: Int) -> Article {
        let article = site.articles[index]
        guard !article.hasBody, let completion else { return article }
        return completion(article, topics[index])
    }

    /// Gives one article new topics without mapping every article's again.
    mutating func setAssignments(_ new: [TopicAssignment], at index: Int) {
        assignments[index] = new
        topics[index] = new.map(\.topic)
    }

    /// Articles of each used topic id, newest first.
    public var articlesByTopic: [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (index, topics) in topics.enumerated() {
            for topic in topics { result[topic.id, default: []].append(index) }
        }
        return result
    }

    /// Creates an enriched site.
    public init(
        site: Site, assignments: [[TopicAssignment]], related: [[Int]], backlinks: [[Int]], outbound: [[Int]],
        diagnostics: [Diagnostic], completion: (@Sendable (Article, [Topic]) -> Article)? = nil
    ) {
        self.completion = completion
        self.site = site
        self.assignments = assignments
        self.topics = assignments.map { $0.map(\.topic) }
        self.related = related
        self.backlinks = backlinks
        self.outbound = outbound
        self.diagnostics = diagnostics
    }
}
