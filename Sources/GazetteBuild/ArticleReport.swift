import Foundation

/// An article as Gazette understood it, the JSON of `gazette inspect`; keys are stable.
public struct ArticleReport: Codable, Sendable, Equatable {
    /// The source file relative to the site folder.
    public var file: String
    /// The site path of the page.
    public var url: String
    /// The headline.
    public var title: String
    /// Deck lines.
    public var deck: [String]
    /// Publication date, ISO 8601 with the site's offset.
    public var date: String
    /// Last update, if any.
    public var updated: String?
    /// The news source.
    public var source: String?
    /// The byline.
    public var author: String?
    /// The summary.
    public var summary: String
    /// Minutes to read.
    public var readingMinutes: Int
    /// Characters for CJK text, words otherwise.
    public var wordCount: Int
    /// The text's language tag.
    public var language: String
    /// Whether the article is a draft.
    public var draft: Bool
    /// Headings with their ids.
    public var headings: [Heading]
    /// Outbound links as written and as resolved.
    public var links: [Link]
    /// The article's topics.
    public var topics: [Topic]
    /// Related articles, best first.
    public var related: [Reference]
    /// Articles linking here, newest first.
    public var backlinks: [Reference]
    /// Warnings and errors about this file.
    public var diagnostics: [String]

    /// A heading of the article.
    public struct Heading: Codable, Sendable, Equatable {
        /// The anchor id.
        public var id: String
        /// 1 to 6.
        public var level: Int
        /// Its text.
        public var text: String
    }

    /// An outbound link.
    public struct Link: Codable, Sendable, Equatable {
        /// `markdown` for `[text](path)`, `wiki` for `[[target]]`.
        public var kind: String
        /// The destination as written in the Markdown.
        public var destination: String
        /// The destination in the built page.
        public var resolved: String
        /// `line:column` in the file.
        public var location: String
    }

    /// A topic of the article and why it was assigned.
    public struct Topic: Codable, Sendable, Equatable {
        /// The topic id.
        public var id: String
        /// Its name.
        public var name: String
        /// Its page.
        public var url: String
        /// Title and deck mentions × 3 + body mentions.
        public var score: Int
        /// `frontMatter` when the front matter named it, else `text`.
        public var source: String
        /// Each mention: where (`title`, `deck`, `body`), the text, and `line:column` when known.
        public var mentions: [Mention]
    }

    /// One mention of a topic.
    public struct Mention: Codable, Sendable, Equatable {
        /// `title`, `deck` or `body`.
        public var place: String
        /// The words that matched.
        public var text: String
        /// `line:column` in the file, when known.
        public var location: String?
    }

    /// Another article.
    public struct Reference: Codable, Sendable, Equatable {
        /// Its title.
        public var title: String
        /// Its page.
        public var url: String
        /// Its source file.
        public var file: String
    }

    /// Pretty-printed JSON with sorted keys, slashes and CJK left readable.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
