import Foundation
import GazetteMarkdown

/// An article as Gazette understood it: metadata from front matter or inferred, and its body.
///
/// The fields live in one shared, copy-on-write box: sites pass arrays of ten thousand articles
/// through every stage, and copying a struct of two dozen strings and arrays retained and
/// released each of them, which was most of a rebuild's time under `gazette serve`.
public struct Article: Sendable, Identifiable {
    /// The fields; the box below shares one copy between article values until one changes.
    private struct Fields {
        var file: String
        var contentPath: String
        var title: String
        var titleLine: Int?
        var deck: [String]
        var date: Date
        var updated: Date?
        var slug: String
        var url: String
        var summary: String
        var author: String?
        var source: String?
        var topicTags: [String]
        var autoTopics: Bool
        var image: String?
        var isDraft: Bool
        var aliases: [String]
        var language: String
        var measures: TextMeasures
        var headings: [HeadingEntry]
        var links: [LinkReference]
        var document: Document
        var sourceHash: UInt64 = 0
        var mayHaveWikiLinks: Bool = true
        var hasBody: Bool = true
    }

    private final class Box: @unchecked Sendable {
        // Written only while uniquely referenced (see `mutate`), so sharing it is safe.
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    private mutating func mutate(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    /// Creates an article.
    public init(
        file: String,
        contentPath: String,
        title: String,
        titleLine: Int?,
        deck: [String],
        date: Date,
        updated: Date?,
        slug: String,
        url: String,
        summary: String,
        author: String?,
        source: String?,
        topicTags: [String],
        autoTopics: Bool,
        image: String?,
        isDraft: Bool,
        aliases: [String],
        language: String,
        measures: TextMeasures,
        headings: [HeadingEntry],
        links: [LinkReference],
        document: Document
    ) {
        box = Box(
            Fields(
                file: file,
                contentPath: contentPath,
                title: title,
                titleLine: titleLine,
                deck: deck,
                date: date,
                updated: updated,
                slug: slug,
                url: url,
                summary: summary,
                author: author,
                source: source,
                topicTags: topicTags,
                autoTopics: autoTopics,
                image: image,
                isDraft: isDraft,
                aliases: aliases,
                language: language,
                measures: measures,
                headings: headings,
                links: links,
                document: document))
    }

    /// The source file relative to the site folder (`Content/2026/04/talks.md`).
    public var file: String {
        get { box.fields.file }
        set { mutate { $0.file = newValue } }
    }

    /// The source file relative to `Content/` (`2026/04/talks.md`).
    public var contentPath: String {
        get { box.fields.contentPath }
        set { mutate { $0.contentPath = newValue } }
    }

    /// The headline.
    public var title: String {
        get { box.fields.title }
        set { mutate { $0.title = newValue } }
    }

    /// The line the headline is on (front matter `title:` or the H1).
    public var titleLine: Int? {
        get { box.fields.titleLine }
        set { mutate { $0.titleLine = newValue } }
    }

    /// Short lines under the headline.
    public var deck: [String] {
        get { box.fields.deck }
        set { mutate { $0.deck = newValue } }
    }

    /// When the article was published.
    public var date: Date {
        get { box.fields.date }
        set { mutate { $0.date = newValue } }
    }

    /// When it was last updated.
    public var updated: Date? {
        get { box.fields.updated }
        set { mutate { $0.updated = newValue } }
    }

    /// The last URL segment; empty when neither the permalink (`:slug`) nor a wiki link needs it.
    public var slug: String {
        get { box.fields.slug }
        set { mutate { $0.slug = newValue } }
    }

    /// The site path of the page (`/2026/04/mei-yi-tan-pan/`).
    public var url: String {
        get { box.fields.url }
        set { mutate { $0.url = newValue } }
    }

    /// The summary for lists, feeds and meta descriptions.
    public var summary: String {
        get { box.fields.summary }
        set { mutate { $0.summary = newValue } }
    }

    /// The byline.
    public var author: String? {
        get { box.fields.author }
        set { mutate { $0.author = newValue } }
    }

    /// The news source (`新华社`).
    public var source: String? {
        get { box.fields.source }
        set { mutate { $0.source = newValue } }
    }

    /// Topic ids, names or aliases the front matter names.
    public var topicTags: [String] {
        get { box.fields.topicTags }
        set { mutate { $0.topicTags = newValue } }
    }

    /// False when the front matter turned automatic tagging off.
    public var autoTopics: Bool {
        get { box.fields.autoTopics }
        set { mutate { $0.autoTopics = newValue } }
    }

    /// The lead image as written.
    public var image: String? {
        get { box.fields.image }
        set { mutate { $0.image = newValue } }
    }

    /// Left out of builds unless drafts are asked for.
    public var isDraft: Bool {
        get { box.fields.isDraft }
        set { mutate { $0.isDraft = newValue } }
    }

    /// Old site paths that redirect here.
    public var aliases: [String] {
        get { box.fields.aliases }
        set { mutate { $0.aliases = newValue } }
    }

    /// The language tag of the text (`zh-CN`, `en`).
    public var language: String {
        get { box.fields.language }
        set { mutate { $0.language = newValue } }
    }

    /// Character and word counts.
    public var measures: TextMeasures {
        get { box.fields.measures }
        set { mutate { $0.measures = newValue } }
    }

    /// The `##` and `###` headings with their ids, for the table of contents.
    public var headings: [HeadingEntry] {
        get { box.fields.headings }
        set { mutate { $0.headings = newValue } }
    }

    /// Links in the body, in source order.
    public var links: [LinkReference] {
        get { box.fields.links }
        set { mutate { $0.links = newValue } }
    }

    /// The body to render: headline, deck and source line removed, captions as figures.
    public var document: Document {
        get { box.fields.document }
        set { mutate { $0.document = newValue } }
    }

    /// A hash of the source file's bytes, for knowing when its page must be rendered again.
    public var sourceHash: UInt64 {
        get { box.fields.sourceHash }
        set { mutate { $0.sourceHash = newValue } }
    }

    /// False when the source has no `[[`, so wiki-link expansion can skip the article.
    public var mayHaveWikiLinks: Bool {
        get { box.fields.mayHaveWikiLinks }
        set { mutate { $0.mayHaveWikiLinks = newValue } }
    }

    /// False for an article restored from the build cache without its body: everything lists
    /// and other pages show of it is here, but `document` is empty until it is loaded again.
    public var hasBody: Bool {
        get { box.fields.hasBody }
        set { mutate { $0.hasBody = newValue } }
    }

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
