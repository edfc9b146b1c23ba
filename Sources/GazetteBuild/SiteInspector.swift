import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteMarkdown
import GazetteTemplates

/// Runs the pipeline without writing, to report on one article (`gazette inspect`).
public struct SiteInspector: Sendable {
    /// What to load.
    public let options: BuildOptions

    /// Creates an inspector.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// The report for `file` (a path to an article, absolute or relative to the current folder).
    public func inspect(file: URL) async throws -> ArticleReport {
        let content = options.site.appendingPathComponent("Content").standardizedFileURL.path + "/"
        let target = file.standardizedFileURL.path
        guard target.hasPrefix(content) else {
            throw DiagnosticError([
                .error(file.path, "is not inside \(content); pass the site with --site DIR")
            ])
        }
        let contentPath = String(target.dropFirst(content.count))
        // Load as the build does; a draft is inspected in a load that includes drafts.
        var loadOptions = SiteLoader.Options(
            includeDrafts: options.includeDrafts, baseURL: options.baseURL, now: options.now)
        var (site, loadDiagnostics) = await SiteLoader(root: options.site, options: loadOptions).load()
        if site.unpublished.contains(contentPath) {
            loadOptions.includeDrafts = true
            (site, loadDiagnostics) = await SiteLoader(root: options.site, options: loadOptions).load()
        }
        let enriched = await Enrichment().run(site)
        let relevant = (loadDiagnostics + enriched.diagnostics).filter { $0.file == "Content/" + contentPath }
        guard let index = enriched.site.articles.firstIndex(where: { $0.contentPath == contentPath }) else {
            throw DiagnosticError(
                relevant.isEmpty
                    ? [.error("Content/" + contentPath, "is not an article of this site (.md or .markdown)")] : relevant
            )
        }
        let article = enriched.site.articles[index]
        let original = site.articles[index]
        let urls = SiteURLs(config: site.config)
        let dates = DateDisplay(timeZone: site.config.timeZone)
        let written = Dictionary(
            original.links.map { ("\($0.line):\($0.column)", $0.destination) }, uniquingKeysWith: { first, _ in first })
        let reference = { (other: Int) in
            let target = enriched.site.articles[other]
            return ArticleReport.Reference(title: target.title, url: urls.link(target.url), file: target.file)
        }
        return ArticleReport(
            file: article.file, url: urls.link(article.url), title: article.title, deck: article.deck,
            date: dates.iso(article.date), updated: article.updated.map(dates.iso), source: article.source,
            author: article.author, summary: article.summary, readingMinutes: article.measures.readingMinutes,
            wordCount: article.measures.wordCount, language: article.language, draft: article.isDraft,
            headings: article.headings.map { ArticleReport.Heading(id: $0.id, level: $0.level, text: $0.text) },
            links: Self.links(in: article.document).map { link in
                let location = "\(link.range.start.line):\(link.range.start.column)"
                if let destination = written[location] {
                    return ArticleReport.Link(
                        kind: "markdown", destination: destination, resolved: link.destination, location: location)
                }
                return ArticleReport.Link(
                    kind: "wiki", destination: "[[\(link.content.plainText)]]", resolved: link.destination,
                    location: location)
            },
            topics: enriched.assignments[index].map { assignment in
                ArticleReport.Topic(
                    id: assignment.topic.id, name: assignment.topic.name,
                    url: urls.link(SiteURLs.topic(assignment.topic.id)),
                    score: assignment.score, source: assignment.fromFrontMatter ? "frontMatter" : "text",
                    mentions: assignment.mentions.map { mention in
                        ArticleReport.Mention(
                            place: mention.place.rawValue, text: mention.text,
                            location: mention.line.map { line in mention.column.map { "\(line):\($0)" } ?? "\(line)" })
                    })
            },
            related: enriched.related[index].map(reference), backlinks: enriched.backlinks[index].map(reference),
            diagnostics: relevant.sortedForDisplay().map(\.description))
    }

    /// The links of the enriched body in source order, topic links left out.
    private static func links(in document: Document) -> [GazetteMarkdown.Link] {
        var found: [GazetteMarkdown.Link] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let link):
                    found.append(link)
                    visit(link.content)
                case .emphasis(let children, _), .strong(let children, _): visit(children)
                default: break
                }
            }
        }
        document.forEachBlock { block in
            switch block {
            case .paragraph(let content, _), .plain(let content): visit(content)
            case .heading(let heading): visit(heading.content)
            default: break
            }
        }
        return found
    }
}
