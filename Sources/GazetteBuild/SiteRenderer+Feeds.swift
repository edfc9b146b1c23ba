import Foundation
import GazetteContent
import GazetteTemplates

extension SiteRenderer {
    /// How many articles a feed carries.
    static let feedLength = 20

    /// RSS 2.0 for the site and each used topic, `sitemap.xml`, `robots.txt` and alias redirects.
    func planFeedsAndRedirects() -> [PlannedPage] {
        let newest = Array(articles.indices.prefix(Self.feedLength))
        var pages = [
            PlannedPage(
                path: "feed.xml",
                fingerprint: fingerprint("feed", [config.title, config.description], entries: newest),
                job: .feed(topic: nil, entries: newest))
        ]
        for (topicIndex, (topic, entries)) in topicEntries.enumerated() {
            let chosen = Array(entries.prefix(Self.feedLength))
            pages.append(
                PlannedPage(
                    path: String(SiteURLs.topicFeed(topic.id).dropFirst()),
                    fingerprint: fingerprint(
                        "topic-feed", [topic.id, topic.name, topic.description ?? ""], entries: chosen),
                    job: .feed(topic: topicIndex, entries: chosen)))
        }
        pages.append(
            PlannedPage(
                path: "sitemap.xml",
                fingerprint: fingerprint("sitemap", topicEntries.map(\.topic.id), entries: Array(articles.indices)),
                job: .sitemap))
        pages.append(PlannedPage(path: "robots.txt", fingerprint: fingerprint("robots", [], entries: []), job: .robots))
        for (index, article) in articles.enumerated() {
            for alias in article.aliases {
                pages.append(
                    PlannedPage(
                        path: SiteURLs.outputFile(for: SiteLoader.normalizedAlias(alias)),
                        fingerprint: fingerprint("redirect", [alias], entries: [index]),
                        job: .redirect(article: index, alias: alias)))
            }
        }
        return pages
    }

    func robots() -> String {
        var robots = "User-agent: *\nAllow: /\n"
        if config.baseURL != nil { robots += "\nSitemap: \(context.urls.canonical("/sitemap.xml"))\n" }
        return robots
    }

    func rss(topic topicIndex: Int?, entries: [Int]) -> String {
        let topic = topicIndex.map { topicEntries[$0].topic }
        let title = topic.map { "\($0.name) - \(config.title)" } ?? config.title
        let description = topic.map { $0.description ?? $0.name } ?? config.description
        let path = topic.map { SiteURLs.topic($0.id) } ?? SiteURLs.home
        let feed = topic.map { SiteURLs.topicFeed($0.id) } ?? SiteURLs.feed
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
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
            if let author = article.author { xml += "<dc:creator>\(XMLText.escape(author))</dc:creator>\n" }
            for topic in enriched.topics[index] { xml += "<category>\(XMLText.escape(topic.name))</category>\n" }
            xml += "<description>\(XMLText.escape(article.summary))</description>\n</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }

    func sitemap() -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        func entry(_ path: String, _ date: Date?) {
            xml += "<url><loc>\(XMLText.escape(context.urls.canonical(path)))</loc>"
            if let date { xml += "<lastmod>\(context.dates.iso(date))</lastmod>" }
            xml += "</url>\n"
        }
        entry(SiteURLs.home, articles.first.map { $0.updated ?? $0.date })
        // By index: a loop over the articles would copy each one.
        for index in articles.indices { entry(articles[index].url, articles[index].updated ?? articles[index].date) }
        entry(SiteURLs.topics, nil)
        for (topic, entries) in topicEntries {
            entry(SiteURLs.topic(topic.id), entries.first.map { articles[$0].date })
        }
        if config.archive { entry(SiteURLs.archive, nil) }
        return xml + "</urlset>\n"
    }

    func redirect(_ article: Article, alias: String) -> String {
        let target = XMLText.escape(context.urls.canonical(article.url))
        return """
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
    }
}
