import Foundation
import GazetteBuild
import GazetteContent
import GazetteEnrichment
import GazetteTesting
import Testing

@Suite("The example site in Content/")
struct ExampleSiteTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content")

    @Test("every article shows its topics, one link per mentioned topic, related articles and backlinks")
    func enrichment() async throws {
        let site = try TestSite([:])
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content"))
        try FileManager.default.copyItem(at: Self.content, to: site.root.appendingPathComponent("Content"))
        let report = try await site.build()
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)

        let prepared = await SiteBuilder(options: site.options()).prepare()
        let enriched = prepared.enriched
        // Builds keep no mentions; `inspect`'s enrichment explains each topic.
        let (loaded, _) = await SiteLoader(root: site.root, options: .init(now: site.options().now)).load()
        let explained = await Enrichment().run(loaded)
        #expect(explained.site.articles.map(\.file) == enriched.site.articles.map(\.file))
        let byTopic = enriched.articlesByTopic
        #expect(!byTopic.isEmpty)
        for (index, article) in enriched.site.articles.enumerated() {
            let page = try #require(site.output(SiteURLs.outputFile(for: article.url)), "page of \(article.file)")
            for assignment in explained.assignments[index] {
                let topicURL = "/topics/\(assignment.topic.id)/"
                #expect(
                    page.contains("<a class=\"topic-link\" href=\"\(topicURL)\">"),
                    "\(article.file) links to \(topicURL)")
                let autoLinks =
                    page.components(separatedBy: "<a href=\"\(topicURL)\" class=\"topic-mention\">").count - 1
                let mentionedInBody = assignment.mentions.contains { $0.place == .body }
                #expect(autoLinks == (mentionedInBody ? 1 : 0), "\(article.file): auto-links to \(topicURL)")
            }
            let sharing = Set(enriched.assignments[index].flatMap { byTopic[$0.topic.id] ?? [] }).subtracting([index])
            #expect(enriched.related[index].count == min(5, sharing.count), "\(article.file) related")
            for related in enriched.related[index] {
                #expect(page.contains("<a class=\"related-title\" href=\"\(enriched.site.articles[related].url)\">"))
            }
            for backlink in enriched.backlinks[index] {
                #expect(
                    page.contains("<li><a href=\"\(enriched.site.articles[backlink].url)\">"),
                    "\(article.file) backlink")
            }

            let inspected = try await SiteInspector(options: site.options()).inspect(
                file: site.root.appendingPathComponent(article.file))
            #expect(inspected.topics.map(\.id) == enriched.assignments[index].map(\.topic.id))
            #expect(inspected.related.map(\.url) == enriched.related[index].map { enriched.site.articles[$0].url })
            #expect(inspected.backlinks.map(\.url) == enriched.backlinks[index].map { enriched.site.articles[$0].url })
        }
        for id in byTopic.keys {
            #expect(site.output("topics/\(id)/index.html") != nil, "topic page \(id)")
            #expect(site.output("topics/\(id)/feed.xml")?.contains("<rss") == true, "topic feed \(id)")
        }
        #expect(enriched.backlinks.contains { !$0.isEmpty }, "the example site cross-references itself")
    }
}
