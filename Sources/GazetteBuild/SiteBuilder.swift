import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteTemplates

/// The build pipeline: load, theme, enrich, plan, render, write. It only arranges the steps.
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
        /// The enrichment cache the run used, if any.
        var enrichmentCache: EnrichmentCache?
    }

    /// Loads, parses and enriches the site and compiles the theme, writing nothing; `cache` keeps
    /// parsed articles between calls.
    /// `changedFiles`: full paths a file watcher saw change (see `SiteLoader.Options`).
    public func prepare(
        cache: ArticleCache? = nil, enrichmentCache: EnrichmentCache? = nil, changedFiles: Set<String>? = nil
    ) async -> Prepared {
        await prepare(cache: cache, enrichmentCache: { _ in enrichmentCache }, changedFiles: changedFiles)
    }

    func prepare(
        cache: ArticleCache?, enrichmentCache: (Site) -> EnrichmentCache?, changedFiles: Set<String>? = nil
    ) async -> Prepared {
        // Seen by `build`, which saves what enrichment found.
        var used: EnrichmentCache?
        options.progress?("[1/4] load and parse Content/")
        let start = Date()
        let loader = SiteLoader(
            root: options.site,
            options: SiteLoader.Options(
                includeDrafts: options.includeDrafts, baseURL: options.baseURL, now: options.now,
                changedFiles: changedFiles),
            cache: cache)
        let (site, loadDiagnostics) = await loader.load()
        let (theme, themeDiagnostics) = Theme.load(siteRoot: options.site)
        let loaded = Date()
        options.progress?("[2/4] enrich \(site.articles.count) articles")
        let articles = site.articles
        let articleLoader = SiteLoader.articleLoader(for: site.config)
        // Articles the build cache restored without a body are read again only when needed.
        used = enrichmentCache(site)
        let enriched = await Enrichment(explainsTopics: false).run(
            site, cache: used,
            complete: { article in
                var full = loader.loadArticle(article.contentPath, with: articleLoader)
                // The slug as SiteLoader made it for the whole site (a search: this runs for few articles).
                full?.slug = articles.first(where: { $0.file == article.file })?.slug ?? article.slug
                return full
            })
        return Prepared(
            enriched: enriched, theme: theme, diagnostics: loadDiagnostics + themeDiagnostics + enriched.diagnostics,
            timings: [("load+parse", loaded.timeIntervalSince(start)), ("enrich", Date().timeIntervalSince(loaded))],
            enrichmentCache: used)
    }

    /// Builds the site into its output folder; throws every diagnostic of the run when any is an
    /// error, leaving the previous output untouched. With a valid build cache and the output it
    /// describes, only changed pages are rendered and written; otherwise everything is, into a
    /// staging folder that replaces the output at the end.
    public func build() async throws -> BuildReport {
        let identity = BuildCache.identity(options: options)
        let previous = options.usesCache ? BuildCache.read(from: options.cacheFolder, identity: identity) : nil
        let outputMatches = previous.map { Self.outputStamp(options.outputFolder) == $0.buildID } ?? false
        let articleCache = previous?.articles ?? ArticleCache()
        let prepared = await prepare(
            cache: articleCache,
            enrichmentCache: { site in previous?.enrichment(vocabulary: site.vocabulary) ?? EnrichmentCache() })
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
        var renderer = await SiteRenderer(
            enriched: prepared.enriched, theme: theme,
            baseFingerprint: SiteRenderer.baseFingerprint(theme: theme, config: site.config))
        let plan = await renderer.plan()
        let extras = extraFiles(site: site, theme: theme)
        var manifest: [String: UInt64] = [:]
        for page in plan { manifest[page.path] = page.fingerprint }
        for extra in extras { manifest[extra.path] = extra.fingerprint }
        lap("plan")

        options.progress?("[3/4] render and write")
        // Names the output by what it holds: the same sources give the same folder, byte for byte.
        var buildHasher = StableHasher()
        for (path, fingerprint) in manifest.sorted(by: { $0.key < $1.key }) {
            buildHasher.combine(path)
            buildHasher.combine(fingerprint)
        }
        let buildID = buildHasher.value
        // Written while pages render: the cache names this build, and a Public/ that a failed
        // build left without this build's stamp is never taken for the output the cache describes.
        let cacheFolder = options.cacheFolder
        let enrichmentCache = prepared.enrichmentCache ?? EnrichmentCache()
        let written = manifest
        let cacheWrite: Task<Void, Never>? =
            options.usesCache
            ? Task.detached {
                // A cache that cannot be written costs the next build time, not this build its output.
                try? BuildCache.write(
                    identity: identity, buildID: buildID, articles: articleCache, enrichment: enrichmentCache,
                    manifest: written, to: cacheFolder)
            } : nil
        let counts: SiteRenderer.Counts
        if let previous, outputMatches {
            let output = InPlaceOutput(folder: options.outputFolder)
            let stale = plan.filter { previous.manifest[$0.path] != $0.fingerprint }
            await renderer.prepareShared(for: stale)
            counts = try await renderer.render(stale, into: output)
            for extra in extras where previous.manifest[extra.path] != extra.fingerprint {
                try extra.write(output)
            }
            output.removeFiles(unless: { manifest[$0] != nil || $0 == BuildCache.stampFile })
            try output.write(Array(String(buildID).utf8), to: BuildCache.stampFile)
            lap("render+write")
        } else {
            let output = try OutputFolder(destination: options.outputFolder)
            do {
                // Made here, not inside `render`, so the renderer kept until exit holds them.
                await renderer.prepareShared(for: plan)
                counts = try await renderer.render(plan, into: output)
                for extra in extras { try extra.write(output) }
                if options.usesCache { try output.write(Array(String(buildID).utf8), to: BuildCache.stampFile) }
                lap("render+write")
                options.progress?("[4/4] replace \(options.outputFolder.lastPathComponent)/")
                try output.commit()
                lap("swap")
            } catch {
                output.discard()
                throw error
            }
        }
        if let cacheWrite {
            await cacheWrite.value
            lap("cache")
        }
        if options.keepsSiteUntilExit { ProcessLifetime.keep((prepared, renderer, plan, articleCache)) }
        return BuildReport(
            articles: site.articles.count, pages: plan.filter(\.isHTML).count, files: plan.count + extras.count,
            rendered: counts.files, slowest: counts.slowest, renderSeconds: counts.renderSeconds,
            writeSeconds: counts.writeSeconds, diagnostics: prepared.diagnostics.sortedForDisplay(), timings: timings)
    }

    /// The build id written into an output folder by the build that made it, if any.
    static func outputStamp(_ folder: URL) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(BuildCache.stampFile).path)
        else { return nil }
        return UInt64(String(decoding: data, as: UTF8.self))
    }

    /// Theme static files and Content assets, with fingerprints of what they are.
    private func extraFiles(site: Site, theme: Theme) -> [ExtraFile] {
        var files: [ExtraFile] = []
        for (path, file) in theme.staticFiles.sorted(by: { $0.key < $1.key }) {
            files.append(ExtraFile(path: path, source: .theme(file)))
        }
        let content = site.root.appendingPathComponent("Content")
        for asset in site.assets {
            files.append(ExtraFile(path: asset, source: .asset(content.appendingPathComponent(asset))))
        }
        return files
    }
}
