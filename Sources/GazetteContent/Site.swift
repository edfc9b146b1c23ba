import Foundation

/// A loaded site: settings, topics, the articles to publish and the other files of `Content/`.
public struct Site: Sendable {
    /// The site folder.
    public var root: URL
    /// `site.yml`, or defaults.
    public var config: SiteConfig
    /// `topics.yml` plus topics made from unknown tags.
    public var vocabulary: TopicVocabulary
    /// Published articles, newest first.
    public var articles: [Article]
    /// Files of `Content/` that are not articles (images, PDFs), relative to `Content/`.
    public var assets: [String]
    /// Content paths of articles left out of this build (drafts, future dates).
    public var unpublished: Set<String>

    /// Creates a site.
    public init(
        root: URL, config: SiteConfig, vocabulary: TopicVocabulary, articles: [Article], assets: [String],
        unpublished: Set<String> = []
    ) {
        self.root = root
        self.config = config
        self.vocabulary = vocabulary
        self.articles = articles
        self.assets = assets
        self.unpublished = unpublished
    }
}
