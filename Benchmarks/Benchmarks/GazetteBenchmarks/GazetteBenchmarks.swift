import Benchmark
import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteMarkdown
import GazetteTemplates

/// What the article page benchmark renders with, made once in its setup.
private struct PageInputs {
    var theme: Theme
    var context: PageContext
    var article: Article
    var body: String
    var topics: [Topic]
    var neighbours: [Article]
}

let benchmarks: @Sendable () -> Void = {
    // Configurations are locals: `Benchmark.Configuration` is not `Sendable`, so Swift 6 refuses
    // it as a global.
    let metrics: [BenchmarkMetric] = [.wallClock, .instructions, .mallocCountTotal, .throughput]
    // One article takes tens to hundreds of microseconds: a few seconds give thousands of
    // samples, enough for stable percentiles.
    let perArticle = Benchmark.Configuration(
        metrics: metrics, warmupIterations: 10, maxDuration: .seconds(3), maxIterations: 10_000)
    // A whole site takes a good fraction of a second per iteration: capped by count, so the run
    // stays short on two shared cores.
    let perSite = Benchmark.Configuration(
        metrics: metrics, warmupIterations: 1, maxDuration: .seconds(8), maxIterations: 25)

    // 1a. cmark's parse of the body plus the conversion of its tree into Gazette's `Document`.
    Benchmark("Parse article body", configuration: perArticle) { _, body in
        blackHole(Document(parsing: body, options: .site))
    } setup: {
        SampleArticle.body
    }

    // 1b. The body as the site renders it (`SiteRenderer.bodyHTML`): the loaded article's
    // document, with the photo turned into a figure and ids on the headings.
    Benchmark("Render article body", configuration: perArticle) { _, document in
        blackHole(HTMLRenderer(options: .site).render(document))
    } setup: {
        try Fixtures.article().document
    }

    // 2. Everything between reading a file and having an `Article`: UTF-8 check, front matter,
    // parse, newspaper layout, slug, URL, heading ids, text measures and summary.
    Benchmark("Load article", configuration: perArticle) { _, bytes in
        var diagnostics: [Diagnostic] = []
        blackHole(
            Fixtures.loader.load(
                file: "Content/" + SampleArticle.contentPath, contentPath: SampleArticle.contentPath, bytes: bytes,
                modified: Fixtures.modified, diagnostics: &diagnostics))
    } setup: { () throws -> [UInt8] in
        // Fails the setup if the article no longer loads cleanly, rather than timing the error path.
        _ = try Fixtures.article()
        return Fixtures.articleBytes
    }

    // 3. Automatic tagging: every topic name and alias searched in title, deck and body text.
    // `explains: false` is what a site build passes; with automatic topics on it searches anyway.
    Benchmark("Tag article (154 topics)", configuration: perArticle) { _, input in
        blackHole(input.tagger.assign(input.article))
    } setup: { () throws -> (tagger: TopicTagger, article: Article) in
        let tagger = TopicTagger(vocabulary: try Fixtures.vocabulary(), config: Fixtures.config, explains: false)
        return (tagger, try Fixtures.article())
    }

    // 4. One article page from the default theme, built with `PageContext.articlePage` as
    // `SiteRenderer.renderArticle` does: page description, JSON-LD, the `article` value with five
    // related articles, two backlinks and a previous article (the sample is the newest, so it has
    // no next), then the Mustache render.
    // The body HTML is made in setup: 1b measures it.
    Benchmark("Render article page", configuration: perArticle) { _, input in
        let context = input.context
        let article = input.article
        let neighbours = input.neighbours
        let page = context.articlePage(
            article, body: input.body, topics: input.topics, related: neighbours.prefix(5).map(context.reference),
            backlinks: neighbours.suffix(2).map(context.reference), previous: context.reference(neighbours[0]),
            next: nil)
        blackHole(input.theme.render("article", page))
    } setup: { () throws -> PageInputs in
        let article = try Fixtures.article()
        let tagger = TopicTagger(vocabulary: try Fixtures.vocabulary(), config: Fixtures.config, explains: false)
        let topics = tagger.assign(article).map(\.topic)
        guard !topics.isEmpty else { throw SetupFailure(description: "the sample article got no topics") }
        return PageInputs(
            theme: try Fixtures.defaultTheme(), context: PageContext(config: Fixtures.config), article: article,
            body: HTMLRenderer(options: .site).render(article.document), topics: topics,
            neighbours: try Fixtures.neighbours())
    }

    // 5. Related articles for a 20,000-article site: building the inverted index and scoring
    // every article, as enrichment does when no cached lists fit. `all()` spreads the work over
    // every core, so wall clock is elapsed time, not CPU time.
    Benchmark("Related index (20k articles)", configuration: perSite) { _, site in
        let index = RelatedIndex(topicsOfArticle: site.topicsOfArticle, dates: site.dates)
        blackHole(await index.all())
    } setup: {
        SyntheticSite(
            articles: 20_000, topicCount: 154, years: 3, end: Fixtures.modified, seed: 0x6A7E_77E0)
    }
}
