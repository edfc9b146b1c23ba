import Foundation
import GazetteMarkdown

/// An article as Gazette understood it: metadata from front matter or inferred, and its body.
public struct Article: Sendable, Identifiable {
    /// The source file relative to the site folder (`Content/2026/04/talks.md`).
    public var file: String
    /// The source file relative to `Content/` (`2026/04/talks.md`).
    public var contentPath: String
    /// The headline.
    public var title: String
    /// The line the headline is on (front matter `title:` or the H1).
    public var titleLine: Int?
    /// Short lines under the headline.
    public var deck: [String]
    /// When the article was published.
    public var date: Date
    /// When it was last updated.
    public var updated: Date?
    /// The last URL segment.
    public var slug: String
    /// The site path of the page (`/2026/04/mei-yi-tan-pan/`).
    public var url: String
    /// The summary for lists, feeds and meta descriptions.
    public var summary: String
    /// The byline.
    public var author: String?
    /// The news source (`新华社`).
    public var source: String?
    /// Topic ids, names or aliases the front matter names.
    public var topicTags: [String]
    /// False when the front matter turned automatic tagging off.
    public var autoTopics: Bool
    /// The lead image as written.
    public var image: String?
    /// Left out of builds unless drafts are asked for.
    public var isDraft: Bool
    /// Old site paths that redirect here.
    public var aliases: [String]
    /// The language tag of the text (`zh-CN`, `en`).
    public var language: String
    /// Character and word counts.
    public var measures: TextMeasures
    /// The `##` and `###` headings with their ids, for the table of contents.
    public var headings: [HeadingEntry]
    /// Links in the body, in source order.
    public var links: [LinkReference]
    /// The body to render: headline, deck and source line removed, captions as figures.
    public var document: Document

    /// A hash of the source file's bytes, for knowing when its page must be rendered again.
    public var sourceHash: UInt64 = 0
    /// False when the source has no `[[`, so wiki-link expansion can skip the article.
    public var mayHaveWikiLinks = true
    /// False for an article restored from the build cache without its body: everything lists
    /// and other pages show of it is here, but `document` is empty until it is loaded again.
    public var hasBody = true

    /// The file path is unique within a site.
    public var id: String { file }
}

/// A heading of an article, for tables of contents and `#fragment` checks.
public struct HeadingEntry: Sendable, Hashable, Codable {
    /// The anchor id.
    public var id: String
    /// 1 to 6.
    public var level: Int
    /// The heading's plain text.
    public var text: String

    /// Creates an entry.
    public init(id: String, level: Int, text: String) {
        self.id = id
        self.level = level
        self.text = text
    }
}

/// A link written in an article body, with where it was written.
public struct LinkReference: Sendable, Hashable {
    /// The destination as written.
    public var destination: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based character column.
    public var column: Int
}
