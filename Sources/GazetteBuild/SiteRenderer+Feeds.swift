import Foundation
import GazetteContent
import GazetteTemplates

extension SiteRenderer {
    /// How many articles a feed carries.
    static let feedLength = 20

    /// RSS 2.0 for the site and each used topic, `sitemap.xml` and `robots.txt`.
    func renderFeedsAndSitemap(into sink: some PageSink) throws -> Counts {
        var counts = Counts()
        try sink.write(
            Array(
                rss(
                    title: config.title, description: config.description, path: SiteURLs.home, feed: SiteURLs.feed,
                    entries: Array(articles.indices.prefix(Self.feedLength))
                ).utf8),
            to: "feed.xml")
        counts.files += 1
        let byTopic = enriched.articlesByTopic
        for topic in site.vocabulary.topics {
            guard let entries = byTopic[topic.id] else { continue }
            let xml = rss(
                title: "\(topic.name) - \(config.title)", description: topic.description ?? topic.name,
                path: SiteURLs.topic(topic.id), feed: SiteURLs.topicFeed(topic.id),
                entries: Array(entries.prefix(Self.feedLength)))
            try sink.write(Array(xml.utf8), to: String(SiteURLs.topicFeed(topic.id).dropFirst()))
            counts.files += 1
        }
        try sink.write(Array(sitemap(byTopic: byTopic).utf8), to: "sitemap.xml")
        var robots = "User-agent: *\nAllow: /\n"
        if config.baseURL != nil { robots += "\nSitemap: \(context.urls.canonical("/sitemap.xml"))\n" }
        try sink.write(Array(robots.utf8), to: "robots.txt")
        counts.files += 2
        return counts
    }

    private func rss(title: String, description: String, path: String, feed: String, entries: [Int]) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
            <title>\(XMLText.escape(title))</title>
            <link>\(XMLText.escape(context.urls.canonical(path)))</link>
            <description>\(XMLText.escape(description.isEmpty ? title : description))</description>
            <language>\(XMLText.escape(config.language))</language>
            <generator>\(XMLText.escape(context.generator))</generator>

            """
        if config.baseURL != nil {
            xml +=
                "<atom:link href=\"\(XMLText.escape(context.urls.canonical(feed)))\" rel=\"self\" type=\"application/rss+xml\"/>\n"
        }
        if let newest = entries.first {
            xml +=
                "<lastBuildDate>\(context.dates.rfc822(articles[newest].updated ?? articles[newest].date))</lastBuildDate>\n"
        }
        for index in entries {
            let article = articles[index]
            let url = XMLText.escape(context.urls.canonical(article.url))
            xml += "<item>\n<title>\(XMLText.escape(article.title))</title>\n<link>\(url)</link>\n"
            xml += "<guid isPermaLink=\"\(config.baseURL != nil)\">\(url)</guid>\n"
            xml += "<pubDate>\(context.dates.rfc822(article.date))</pubDate>\n"
            if let author = article.author {
                xml +=
                    "<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\(XMLText.escape(author))</dc:creator>\n"
            }
            for topic in enriched.topics[index] { xml += "<category>\(XMLText.escape(topic.name))</category>\n" }
            xml += "<description>\(XMLText.escape(article.summary))</description>\n</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }

    private func sitemap(byTopic: [String: [Int]]) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        func entry(_ path: String, _ date: Date?) {
            xml += "<url><loc>\(XMLText.escape(context.urls.canonical(path)))</loc>"
            if let date { xml += "<lastmod>\(context.dates.iso(date))</lastmod>" }
            xml += "</url>\n"
        }
        entry(SiteURLs.home, articles.first.map { $0.updated ?? $0.date })
        for article in articles { entry(article.url, article.updated ?? article.date) }
        entry(SiteURLs.topics, nil)
        for topic in site.vocabulary.topics {
            guard let newest = byTopic[topic.id]?.first else { continue }
            entry(SiteURLs.topic(topic.id), articles[newest].date)
        }
        if config.archive { entry(SiteURLs.archive, nil) }
        return xml + "</urlset>\n"
    }

    /// Redirect pages for front matter `aliases`.
    func renderRedirects(into sink: some PageSink) throws -> Counts {
        var counts = Counts()
        for article in articles {
            for alias in article.aliases {
                let target = XMLText.escape(context.urls.canonical(article.url))
                let html = """
                    <!DOCTYPE html>
                    <html lang="\(XMLText.escape(article.language))">
                    <head>
                    <meta charset="utf-8">
                    <title>\(XMLText.escape(article.title))</title>
                    <link rel="canonical" href="\(target)">
                    <meta name="robots" content="noindex">
                    <meta http-equiv="refresh" content="0; url=\(target)">
                    </head>
                    <body>
                    <p><a href="\(target)">\(XMLText.escape(article.title))</a></p>
                    </body>
                    </html>

                    """
                try sink.write(Array(html.utf8), to: SiteURLs.outputFile(for: SiteLoader.normalizedAlias(alias)))
                counts.files += 1
            }
        }
        return counts
    }
}
