import Foundation

/// What an article's YAML front matter says; every field is optional.
public struct FrontMatter: Sendable, Hashable {
    /// The headline.
    public var title: String?
    /// When the article was published.
    public var date: Date?
    /// When it was last updated.
    public var updated: Date?
    /// The URL slug.
    public var slug: String?
    /// The summary for lists and feeds.
    public var summary: String?
    /// Deck lines under the headline.
    public var deck: [String]?
    /// The byline.
    public var author: String?
    /// The news source (`新华社`).
    public var source: String?
    /// Topic ids, names or aliases from `topics:` and `tags:`.
    public var topics: [String] = []
    /// The lead image path or URL.
    public var image: String?
    /// Drafts are left out unless the build asks for them.
    public var isDraft = false
    /// Old URLs that redirect to the article.
    public var aliases: [String] = []
    /// False turns automatic topic tagging off for the article.
    public var autoTopics: Bool?
    /// The article's language when it differs from the site's (`en`).
    public var language: String?
    /// The file line of each key, for messages about its value.
    public var lines: [String: Int] = [:]

    /// An empty front matter.
    public init() {}

    /// The keys front matter understands.
    static let knownKeys: Set<String> = [
        "title", "date", "updated", "slug", "summary", "deck", "author", "source", "topics", "tags", "image", "draft",
        "aliases", "autoTopics", "language",
    ]
}
