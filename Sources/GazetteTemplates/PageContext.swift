import Foundation
import GazetteContent
import GazetteMustache

/// Builds the dictionaries templates render (`site`, `page`, `i18n`, `article`, `list`, …), so
/// templates stay logic-less: dates are formatted, flags computed and URLs made here.
public struct PageContext: Sendable {
    /// What templates see.
    public typealias Value = MustacheValue

    /// The site's settings.
    public let config: SiteConfig
    /// The URL layout.
    public let urls: SiteURLs
    /// Date formatting in the site's time zone.
    public let dates: DateDisplay
    /// The `generator` meta value.
    public let generator: String

    /// Creates a context builder for a site.
    public init(config: SiteConfig, generator: String = "Gazette 0.1") {
        self.config = config
        self.urls = SiteURLs(config: config)
        self.dates = DateDisplay(timeZone: config.timeZone)
        self.generator = generator
        // The same on every page: built once.
        site = [
            "title": .string(config.title), "description": .string(config.description),
            "language": .string(config.language), "homeURL": .string(urls.link(SiteURLs.home)),
            "stylesheetURL": .string(urls.link("/style.css")), "feedURL": .string(urls.link(SiteURLs.feed)),
            "topicsURL": .string(urls.link(SiteURLs.topics)), "archiveURL": .string(urls.link(SiteURLs.archive)),
            "hasArchive": .bool(config.archive), "year": .string(String(dates.yearMonth(Date()).year)),
            "generator": .string(generator),
        ]
    }

    /// The `site` value.
    public let site: Value

    /// A page description of what Gazette renders, before it becomes a dictionary.
    public struct Page: Sendable {
        /// The `<title>`.
        public var title: String
        /// The meta description.
        public var description: String
        /// The site path of the page.
        public var path: String
        /// `article`, `home`, `list`, `topics`, `archive` or `notFound`.
        public var kind: String
        /// The page's language tag.
        public var language: String
        /// A feed for this page, as a site path.
        public var feed: String?
        /// An image for social cards, as a site path or URL.
        public var image: String?
        /// JSON-LD for the page.
        public var jsonLD: String?
        /// False on page 2 and later of a list.
        public var isFirstPage = true

        /// Creates a page description.
        public init(title: String, description: String, path: String, kind: String, language: String) {
            self.title = title
            self.description = description
            self.path = path
            self.kind = kind
            self.language = language
        }
    }

    /// The full context of a page: `site`, `page` and `i18n` merged with the page's own keys.
    public func context(for page: Page, _ extra: [String: Value] = [:]) -> Value {
        let canonical = urls.canonical(page.path)
        var openGraph: [String: Value] = [
            "type": .string(page.kind == "article" ? "article" : "website"), "title": .string(page.title),
            "description": .string(page.description), "url": .string(canonical), "siteName": .string(config.title),
            "locale": .string(String(page.language.map { $0 == "-" ? "_" : $0 })),
        ]
        if let image = page.image { openGraph["image"] = .string(absoluteImage(image)) }
        var pageValues: [String: Value] = [
            "title": .string(page.title), "description": .string(page.description),
            "language": .string(page.language), "canonicalURL": .string(canonical),
            "url": .string(urls.link(page.path)), "kind": .string(page.kind), "isFirstPage": .bool(page.isFirstPage),
            "openGraph": .object(openGraph),
        ]
        if let feed = page.feed { pageValues["feedURL"] = .string(urls.link(feed)) }
        if let jsonLD = page.jsonLD { pageValues["jsonLD"] = .string(jsonLD) }
        var context = extra
        context["site"] = site
        context["page"] = .object(pageValues)
        context["i18n"] = Strings.values(for: page.language)
        return .object(context)
    }

    /// A page title with the site name after it.
    public func title(_ title: String) -> String {
        title == config.title ? title : "\(title) - \(config.title)"
    }

    /// `{name, url}` links to topic pages.
    public func topicLinks(_ topics: [Topic]) -> Value {
        .list(
            topics.map {
                ["name": .string($0.name), "url": .string(urls.link(SiteURLs.topic($0.id))), "id": .string($0.id)]
            })
    }

    /// One entry of a list page.
    public func item(_ article: Article, topics: [Topic]) -> Value {
        .object(itemValues(article, topics: topics))
    }

    private func itemValues(_ article: Article, topics: [Topic]) -> [String: Value] {
        var item: [String: Value] = [
            "title": .string(article.title), "url": .string(urls.link(article.url)),
            "dateDisplay": .string(dates.day(article.date, language: article.language)),
            "dateISO": .string(dates.iso(article.date)), "summary": .string(article.summary),
            "readingTime": .string(
                Strings.readingTime(minutes: article.measures.readingMinutes, language: article.language)),
            "topics": topicLinks(topics), "hasTopics": .bool(!topics.isEmpty),
            "deck": .list(article.deck.map(Value.string)), "hasDeck": .bool(!article.deck.isEmpty),
            "language": .string(article.language),
        ]
        if let source = article.source { item["source"] = .string(source) }
        if let author = article.author { item["author"] = .string(author) }
        if let image = article.image {
            item["image"] = ["url": .string(imageLink(image, of: article)), "alt": .string(article.title)]
        }
        return item
    }

    /// A short reference to another article (related, backlinks, previous/next).
    public func reference(_ article: Article) -> Value {
        [
            "title": .string(article.title), "url": .string(urls.link(article.url)),
            "dateDisplay": .string(dates.day(article.date, language: article.language)),
            "summary": .string(article.summary),
        ]
    }

    /// The whole context of an article's page (`article.mustache`): the page with its image and
    /// JSON-LD, and the `article` value; other articles as `reference(_:)` made them. `item` is
    /// the article's `item(_:topics:)` when the caller has made it already.
    public func articlePage(
        _ article: Article, body: String, topics: [Topic], related: [Value], backlinks: [Value], previous: Value?,
        next: Value?, item: Value? = nil
    ) -> Value {
        var page = Page(
            title: title(article.title), description: article.summary, path: article.url, kind: "article",
            language: article.language)
        page.image = article.image.map { imageLink($0, of: article) }
        page.jsonLD = jsonLD(article)
        let values = self.article(
            article, body: body, topics: topics, related: related, backlinks: backlinks, previous: previous, next: next,
            item: item)
        return context(for: page, ["article": values])
    }

    /// The `article` value of an article page, with the other articles as `reference(_:)` made them;
    /// `item` as in `articlePage`.
    public func article(
        _ article: Article, body: String, topics: [Topic], related: [Value], backlinks: [Value], previous: Value?,
        next: Value?, item: Value? = nil
    ) -> Value {
        var values: [String: Value]
        if case .object(let made)? = item {
            values = made
            // Room for the page's own values at once, rather than growing twice.
            values.reserveCapacity(made.count + 14)
        } else {
            values = itemValues(article, topics: topics)
        }
        values["body"] = .string(body)
        values["wordCountDisplay"] = .string(
            Strings.wordCount(article.measures.wordCount, cjk: article.measures.isMostlyCJK, language: article.language)
        )
        let toc = article.headings.filter { $0.level == 2 || $0.level == 3 }
        values["toc"] = .list(
            toc.map {
                [
                    "id": .string($0.id), "text": .string($0.text), "level": .string(String($0.level)),
                    "isSubheading": .bool($0.level == 3),
                ]
            })
        values["hasTOC"] = .bool(toc.count >= 2)
        values["related"] = .list(related)
        values["hasRelated"] = .bool(!related.isEmpty)
        values["backlinks"] = .list(backlinks)
        values["hasBacklinks"] = .bool(!backlinks.isEmpty)
        if let previous { values["previous"] = previous }
        if let next { values["next"] = next }
        if let updated = article.updated, updated > article.date {
            values["updatedDisplay"] = .string(dates.day(updated, language: article.language))
            values["updatedISO"] = .string(dates.iso(updated))
        }
        return .object(values)
    }

    /// The pager of page `current` of `total` for the list at `path`.
    public func pager(current: Int, total: Int, path: String, language: String) -> Value {
        var pager: [String: Value] = [
            "label": .string(Strings.pageLabel(current, of: total, language: language)), "hasPages": .bool(total > 1),
            "pages": .list(pagerEntries(current: current, total: total, path: path)),
        ]
        if current > 1 { pager["previousURL"] = .string(urls.link(urls.page(current - 1, of: path))) }
        if current < total { pager["nextURL"] = .string(urls.link(urls.page(current + 1, of: path))) }
        return .object(pager)
    }

    /// The first and last page and two either side of the current one, with gaps between: a
    /// link to each of 500 pages on every one of them would make lists quadratic in the archive.
    private func pagerEntries(current: Int, total: Int, path: String) -> [Value] {
        let last = max(total, 1)
        let shown = Set([1, last] + Array(max(1, current - 2)...min(last, max(1, current + 2)))).sorted()
        var entries: [Value] = []
        for (index, number) in shown.enumerated() {
            if index > 0, number - shown[index - 1] > 1 { entries.append(["isGap": true]) }
            entries.append([
                "number": .string(String(number)), "url": .string(urls.link(urls.page(number, of: path))),
                "isCurrent": .bool(number == current),
            ])
        }
        return entries
    }

    /// The link of an article's image: site paths and URLs as they are, relative paths from the article's folder.
    public func imageLink(_ image: String, of article: Article) -> String {
        if image.contains("://") || image.hasPrefix("/") { return image.hasPrefix("/") ? urls.link(image) : image }
        let folder = (article.contentPath as NSString).deletingLastPathComponent
        let path = SiteURLs.normalizedPath("/" + folder + "/" + image)
        return urls.link(path)
    }

    private func absoluteImage(_ image: String) -> String {
        if image.contains("://") { return image }
        guard let baseURL = config.baseURL, let url = URL(string: baseURL) else { return image }
        return url.scheme.map { "\($0)://" + (url.host ?? "") + (url.port.map { ":\($0)" } ?? "") + image } ?? image
    }

    /// JSON-LD `NewsArticle` for an article page.
    public func jsonLD(_ article: Article) -> String {
        var json = JSONText()
        // Members in sorted key order, so the text is stable.
        json.object { json in
            json.string("@context", "https://schema.org")
            json.string("@type", "NewsArticle")
            if let author = article.author { json.named("author", "Person", author) }
            json.string("dateModified", dates.iso(article.updated ?? article.date))
            json.string("datePublished", dates.iso(article.date))
            json.string("description", article.summary)
            json.string("headline", article.title)
            if let image = article.image { json.strings("image", [absoluteImage(imageLink(image, of: article))]) }
            json.string("inLanguage", article.language)
            json.string("mainEntityOfPage", urls.canonical(article.url))
            json.named("publisher", "Organization", config.title)
            if let source = article.source { json.named("sourceOrganization", "NewsMediaOrganization", source) }
        }
        return json.text
    }
}
