import Foundation
import GazetteContent

/// Builds the dictionaries templates render (`site`, `page`, `i18n`, `article`, `list`, …), so
/// templates stay logic-less: dates are formatted, flags computed and URLs made here.
public struct PageContext: Sendable {
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
    }

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
    public func context(for page: Page, _ extra: [String: Any] = [:]) -> [String: Any] {
        var pageValues: [String: Any] = [
            "title": page.title, "description": page.description, "language": page.language,
            "canonicalURL": urls.canonical(page.path), "url": urls.link(page.path), "kind": page.kind,
            "isFirstPage": page.isFirstPage,
            "openGraph": [
                "type": page.kind == "article" ? "article" : "website", "title": page.title,
                "description": page.description, "url": urls.canonical(page.path), "siteName": config.title,
                "locale": page.language.replacingOccurrences(of: "-", with: "_"),
            ].merging(page.image.map { ["image": absoluteImage($0)] } ?? [:]) { first, _ in first },
        ]
        if let feed = page.feed { pageValues["feedURL"] = urls.link(feed) }
        if let jsonLD = page.jsonLD { pageValues["jsonLD"] = jsonLD }
        var context = extra
        context["site"] = site
        context["page"] = pageValues
        context["i18n"] = Strings.table(for: page.language)
        return context
    }

    /// The `site` dictionary.
    public var site: [String: Any] {
        [
            "title": config.title, "description": config.description, "language": config.language,
            "homeURL": urls.link(SiteURLs.home), "stylesheetURL": urls.link("/style.css"),
            "feedURL": urls.link(SiteURLs.feed), "topicsURL": urls.link(SiteURLs.topics),
            "archiveURL": urls.link(SiteURLs.archive), "hasArchive": config.archive,
            "year": String(dates.yearMonth(Date()).year), "generator": generator,
        ]
    }

    /// A page title with the site name after it.
    public func title(_ title: String) -> String {
        title == config.title ? title : "\(title) - \(config.title)"
    }

    /// `{name, url}` links to topic pages.
    public func topicLinks(_ topics: [Topic]) -> [[String: Any]] {
        topics.map { ["name": $0.name, "url": urls.link(SiteURLs.topic($0.id)), "id": $0.id] }
    }

    /// One entry of a list page.
    public func item(_ article: Article, topics: [Topic]) -> [String: Any] {
        var item: [String: Any] = [
            "title": article.title, "url": urls.link(article.url),
            "dateDisplay": dates.day(article.date, language: article.language),
            "dateISO": dates.iso(article.date), "summary": article.summary,
            "readingTime": Strings.readingTime(minutes: article.measures.readingMinutes, language: article.language),
            "topics": topicLinks(topics), "hasTopics": !topics.isEmpty, "deck": article.deck,
            "hasDeck": !article.deck.isEmpty,
            "language": article.language,
        ]
        if let source = article.source { item["source"] = source }
        if let author = article.author { item["author"] = author }
        if let image = article.image { item["image"] = ["url": imageLink(image, of: article), "alt": article.title] }
        return item
    }

    /// A short reference to another article (related, backlinks, previous/next).
    public func reference(_ article: Article) -> [String: Any] {
        [
            "title": article.title, "url": urls.link(article.url),
            "dateDisplay": dates.day(article.date, language: article.language),
            "summary": article.summary,
        ]
    }

    /// The `article` dictionary of an article page.
    public func article(
        _ article: Article, body: String, topics: [Topic], related: [Article], backlinks: [Article], previous: Article?,
        next: Article?
    ) -> [String: Any] {
        var values = item(article, topics: topics)
        values["body"] = body
        values["wordCountDisplay"] = Strings.wordCount(
            article.measures.wordCount, cjk: article.measures.isMostlyCJK, language: article.language)
        let toc = article.headings.filter { $0.level == 2 || $0.level == 3 }
        values["toc"] = toc.map {
            ["id": $0.id, "text": $0.text, "level": $0.level, "isSubheading": $0.level == 3] as [String: Any]
        }
        values["hasTOC"] = toc.count >= 2
        values["related"] = related.map(reference)
        values["hasRelated"] = !related.isEmpty
        values["backlinks"] = backlinks.map(reference)
        values["hasBacklinks"] = !backlinks.isEmpty
        if let previous { values["previous"] = reference(previous) }
        if let next { values["next"] = reference(next) }
        if let updated = article.updated, updated > article.date {
            values["updatedDisplay"] = dates.day(updated, language: article.language)
            values["updatedISO"] = dates.iso(updated)
        }
        return values
    }

    /// The pager of page `current` of `total` for the list at `path`.
    public func pager(current: Int, total: Int, path: String, language: String) -> [String: Any] {
        var pager: [String: Any] = [
            "label": Strings.pageLabel(current, of: total, language: language), "hasPages": total > 1,
            "pages": (1...max(total, 1)).map {
                ["number": $0, "url": urls.link(urls.page($0, of: path)), "isCurrent": $0 == current] as [String: Any]
            },
        ]
        if current > 1 { pager["previousURL"] = urls.link(urls.page(current - 1, of: path)) }
        if current < total { pager["nextURL"] = urls.link(urls.page(current + 1, of: path)) }
        return pager
    }

    /// The link of an article's image: site paths and URLs as they are, relative paths from the article's folder.
    public func imageLink(_ image: String, of article: Article) -> String {
        if image.contains("://") || image.hasPrefix("/") { return image.hasPrefix("/") ? urls.link(image) : image }
        let folder = (article.contentPath as NSString).deletingLastPathComponent
        let path = ("/" + folder + "/" + image as NSString).standardizingPath
        return urls.link(path)
    }

    private func absoluteImage(_ image: String) -> String {
        if image.contains("://") { return image }
        guard let baseURL = config.baseURL, let url = URL(string: baseURL) else { return image }
        return url.scheme.map { "\($0)://" + (url.host ?? "") + (url.port.map { ":\($0)" } ?? "") + image } ?? image
    }

    /// JSON-LD `NewsArticle` for an article page.
    public func jsonLD(_ article: Article) -> String {
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "datePublished": dates.iso(article.date), "dateModified": dates.iso(article.updated ?? article.date),
            "description": article.summary, "inLanguage": article.language,
            "mainEntityOfPage": urls.canonical(article.url),
            "publisher": ["@type": "Organization", "name": config.title],
        ]
        if let author = article.author { object["author"] = ["@type": "Person", "name": author] }
        if let source = article.source {
            object["sourceOrganization"] = ["@type": "NewsMediaOrganization", "name": source]
        }
        if let image = article.image { object["image"] = [absoluteImage(imageLink(image, of: article))] }
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
            let json = String(data: data, encoding: .utf8)
        else { return "{}" }
        // "</" inside a script element would end it early.
        return json.replacingOccurrences(of: "</", with: "<\\/")
    }
}
