import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteTemplates

/// The build pipeline: load, theme, enrich, render, write. It only arranges the steps.
public struct SiteBuilder: Sendable {
    /// What to build.
    public let options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Everything before writing: the loaded and enriched site, the theme and every diagnostic.
    public struct Prepared: Sendable {
        /// The site after enrichment.
        public var enriched: EnrichedSite
        /// The theme, nil when its templates have errors.
        public var theme: Theme?
        /// All diagnostics so far.
        public var diagnostics: [Diagnostic]
        /// Seconds spent loading and parsing, and enriching.
        public var timings: [(stage: String, seconds: Double)]
    }

    /// Loads, parses and enriches the site and compiles the theme, writing nothing; `cache` keeps
    /// parsed articles between calls.
    public func prepare(cache: ArticleCache? = nil, enrichmentCache: EnrichmentCache? = nil) async -> Prepared {
        options.progress?("[1/4] load and parse Content/")
        let start = Date()
        let loader = SiteLoader(
            root: options.site,
            options: SiteLoader.Options(
                includeDrafts: options.includeDrafts, baseURL: options.baseURL, now: options.now),
            cache: cache)
        let (site, loadDiagnostics) = await loader.load()
        let (theme, themeDiagnostics) = Theme.load(siteRoot: options.site)
        let loaded = Date()
        options.progress?("[2/4] enrich \(site.articles.count) articles")
        let enriched = await Enrichment().run(site, cache: enrichmentCache)
        return Prepared(
            enriched: enriched, theme: theme, diagnostics: loadDiagnostics + themeDiagnostics + enriched.diagnostics,
            timings: [("load+parse", loaded.timeIntervalSince(start)), ("enrich", Date().timeIntervalSince(loaded))])
    }

    /// Builds the site into its output folder atomically; throws every diagnostic of the run
    /// when any is an error, leaving the previous output untouched.
    public func build() async throws -> BuildReport {
        let prepared = await prepare()
        var timings = prepared.timings
        var clock = Date()
        func lap(_ stage: String) {
            let now = Date()
            timings.append((stage, now.timeIntervalSince(clock)))
            clock = now
        }

        guard let theme = prepared.theme, !prepared.diagnostics.containsErrors else {
            throw DiagnosticError(prepared.diagnostics)
        }
        let site = prepared.enriched.site

        options.progress?("[3/4] render and write")
        let output = try OutputFolder(destination: options.outputFolder)
        do {
            let counts = try await SiteRenderer(enriched: prepared.enriched, theme: theme).renderAll(into: output)
            let copied = try copyStaticFiles(site: site, theme: theme, into: output)
            lap("render+write")
            options.progress?("[4/4] replace \(options.outputFolder.lastPathComponent)/")
            try output.commit()
            lap("swap")
            return BuildReport(
                articles: site.articles.count, pages: counts.pages, files: counts.files + copied,
                diagnostics: prepared.diagnostics.sortedForDisplay(), timings: timings)
        } catch {
            output.discard()
            throw error
        }
    }

    private func copyStaticFiles(site: Site, theme: Theme, into output: OutputFolder) throws -> Int {
        for (path, file) in theme.staticFiles.sorted(by: { $0.key < $1.key }) {
            try output.write([UInt8](try file.data()), to: path)
        }
        let content = site.root.appendingPathComponent("Content")
        for asset in site.assets {
            try output.copy(content.appendingPathComponent(asset), to: asset)
        }
        return theme.staticFiles.count + site.assets.count
    }
}
