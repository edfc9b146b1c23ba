import Foundation

/// Loads a site folder: `Content/site.yml`, `Content/topics.yml` and every article, in parallel.
public struct SiteLoader: Sendable {
    /// Options of a load.
    public struct Options: Sendable {
        /// Keep drafts and future-dated articles.
        public var includeDrafts = false
        /// Replaces `baseURL` from site.yml.
        public var baseURL: String?
        /// "Now", for leaving out future-dated articles.
        public var now = Date()
        /// The full paths a file watcher saw change since the last load: other files with a
        /// cached article are taken from the cache without a `stat`. Nil checks every file.
        public var changedFiles: Set<String>?

        /// Default options.
        public init(
            includeDrafts: Bool = false, baseURL: String? = nil, now: Date = Date(), changedFiles: Set<String>? = nil
        ) {
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.now = now
            self.changedFiles = changedFiles
        }
    }

    /// The site folder.
    public let root: URL
    /// How to load.
    public let options: Options
    /// Articles from earlier loads, reused when their file did not change.
    public let cache: ArticleCache?

    /// Creates a loader for the site in `root`.
    public init(root: URL, options: Options = Options(), cache: ArticleCache? = nil) {
        self.root = root
        self.options = options
        self.cache = cache
    }

    /// The extensions of article files.
    public static let articleExtensions: Set<String> = ["md", "markdown"]

    /// Whether a file name or path ends in `.md` or `.markdown`, in any letter case, without
    /// bridging every name to NSString.
    public static func isArticle(_ name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let suffix = name[name.index(after: dot)...]
        return suffix.utf8.count <= 8 && articleExtensions.contains(suffix.lowercased())
    }

    /// Loads everything; the site is nil only when nothing could be loaded at all.
    public func load() async -> (site: Site, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let content = root.appendingPathComponent("Content")
        var config = SiteConfig()
        if let text = readText(content.appendingPathComponent("site.yml"), file: "Content/site.yml", &diagnostics) {
            config = SiteConfig.parse(text, file: "Content/site.yml", diagnostics: &diagnostics)
        }
        if let baseURL = options.baseURL {
            config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        var vocabulary = TopicVocabulary()
        if let text = readText(content.appendingPathComponent("topics.yml"), file: "Content/topics.yml", &diagnostics) {
            vocabulary = TopicVocabulary.parse(text, file: "Content/topics.yml", diagnostics: &diagnostics)
        }
        do {
            _ = try CaptionDetector(patterns: config.captionCredits)
        } catch {
            diagnostics.append(
                .error("Content/site.yml", "a captionCredits pattern is not a valid regular expression: \(error)"))
        }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            diagnostics.append(
                .error(
                    "Content",
                    "no Content/ folder in '\(root.path)'; run 'gazette new site DIR' or pass --site with your site folder"
                ))
            return (Site(root: root, config: config, vocabulary: vocabulary, articles: [], assets: []), diagnostics)
        }
        let (articleFiles, assets) = ContentScanner.scan(content)
        let loader = Self.articleLoader(for: config)
        if let cache {
            var settings = StableHasher()
            settings.combine("\(config)")
            cache.prepare(settings: settings.value)
            cache.keep(only: Set(articleFiles))
        }
        let loaded = await loadArticles(articleFiles, content: content, loader: loader)
        var articles: [Article] = []
        for (article, found) in loaded {
            diagnostics += found
            if let article { articles.append(article) }
        }
        // Without `:slug` in the permalink only wiki links name articles by slug: when no article
        // has one, transliterating ten thousand titles would buy nothing.
        let needsSlugs = articles.contains(where: \.mayHaveWikiLinks)
        let missing = needsSlugs ? articles.indices.filter { articles[$0].slug.isEmpty } : []
        if !missing.isEmpty {
            for (index, slug) in zip(missing, Slug.make(from: missing.map { articles[$0].title })) {
                let baseName = ArticleLoader.baseName(of: articles[index].contentPath)
                articles[index].slug = slug.isEmpty ? Slug.make(from: baseName) : slug
                if articles[index].slug.isEmpty { articles[index].slug = "article" }
            }
            // Remembered with their slugs, so the next load (and the build cache) need not make them.
            cache?.setSlugs(missing.map { (articles[$0].contentPath, articles[$0].slug) })
        }
        let unpublished = Set(articles.filter { !isPublished($0) }.map(\.contentPath))
        articles = articles.filter(isPublished)
        diagnostics += Self.urlCollisions(articles)
        // Sorting indexes moves integers instead of whole articles.
        let order = articles.indices.sorted {
            (articles[$0].date, articles[$1].file) > (articles[$1].date, articles[$0].file)
        }
        articles = order.map { articles[$0] }
        vocabulary = Self.addUnknownTags(articles, to: vocabulary, diagnostics: &diagnostics)
        let site = Site(
            root: root, config: config, vocabulary: vocabulary, articles: articles, assets: assets,
            unpublished: unpublished)
        return (site, diagnostics)
    }

    private func loadArticles(
        _ files: [String], content: URL, loader: ArticleLoader
    ) async -> [(Article?, [Diagnostic])] {
        let cache = cache
        let folder = content.path
        let changed = options.changedFiles
        if changed == nil, cache?.isEmpty ?? true { ReadAhead.start(files.map { folder + "/" + $0 }) }
        return await ParallelMap.map(files) { path in
            let full = folder + "/" + path
            if let cache, let changed, !changed.contains(full), let cached = cache.lookup(path) { return cached }
            if let cache, let stamp = ArticleCache.Stamp(path: full), let cached = cache.lookup(path, stamp: stamp) {
                return cached
            }
            guard let (loaded, diagnostics, stamp) = Self.read(path, in: folder, with: loader) else {
                return (nil, [.error("Content/" + path, "cannot read the file; check its permissions")])
            }
            var article = loaded
            if var found = article {
                keepSlug(of: &found, path: path)
                article = found
            }
            cache?.store(path, stamp: stamp, article: article, diagnostics: diagnostics)
            return (article, diagnostics)
        }
    }

    /// The article loader for a site's settings; caption patterns that do not compile are left
    /// out (`load()` reports them).
    public static func articleLoader(for config: SiteConfig) -> ArticleLoader {
        let captions = (try? CaptionDetector(patterns: config.captionCredits)) ?? CaptionDetector.builtIn
        return ArticleLoader(config: config, captions: captions)
    }

    /// One article read and parsed again (its slug as SiteLoader gives it left to the caller);
    /// nil when it cannot be read or has errors.
    public func loadArticle(_ contentPath: String, with loader: ArticleLoader) -> Article? {
        Self.read(contentPath, in: root.appendingPathComponent("Content").path, with: loader)?.article
    }

    /// Reads and parses one file of `Content/`; nil when it cannot be read.
    static func read(
        _ path: String, in folder: String, with loader: ArticleLoader
    ) -> (article: Article?, diagnostics: [Diagnostic], stamp: ArticleCache.Stamp)? {
        guard let snapshot = FileSnapshot(path: folder + "/" + path) else { return nil }
        var diagnostics: [Diagnostic] = []
        let article = loader.load(
            file: "Content/" + path, contentPath: path, bytes: snapshot.bytes, modified: snapshot.modified,
            diagnostics: &diagnostics)
        return (article, diagnostics, snapshot.stamp)
    }

    private func readText(_ url: URL, file: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        if let bad = UTF8Validation.firstInvalidByte(in: [UInt8](data)) {
            diagnostics.append(
                .error(file, line: bad.line, column: bad.column, "invalid UTF-8; save the file as UTF-8"))
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Two articles on one URL: an error naming both files, at the later one.
    static func urlCollisions(_ articles: [Article]) -> [Diagnostic] {
        var owners: [String: Article] = [:]
        var diagnostics: [Diagnostic] = []
        for index in articles.indices.sorted(by: { articles[$0].file < articles[$1].file }) {
            let article = articles[index]
            for path in [article.url] + article.aliases.map(Self.normalizedAlias) {
                if let owner = owners[path] {
                    diagnostics.append(
                        .error(
                            article.file, line: 1, column: 1,
                            "URL '\(path)' is also used by \(owner.file); give one of them another 'slug:' in its front matter"
                        ))
                } else {
                    owners[path] = article
                }
            }
        }
        return diagnostics
    }

    /// An alias as a site path with leading and trailing slashes.
    public static func normalizedAlias(_ alias: String) -> String {
        var path = alias.hasPrefix("/") ? alias : "/" + alias
        if !path.hasSuffix("/") && !path.hasSuffix(".html") { path += "/" }
        return path
    }

    private static func addUnknownTags(
        _ articles: [Article], to vocabulary: TopicVocabulary, diagnostics: inout [Diagnostic]
    ) -> TopicVocabulary {
        var vocabulary = vocabulary
        var unknown: [String: [String]] = [:]
        // Articles repeat the same few hundred tags: look each one up once.
        var known: [String: Bool] = [:]
        for article in articles {
            for tag in article.topicTags {
                let isKnown =
                    known[tag]
                    ?? {
                        let found = vocabulary.topic(named: tag) != nil
                        known[tag] = found
                        return found
                    }()
                if !isKnown { unknown[tag, default: []].append(article.file) }
            }
        }
        for tag in unknown.keys.sorted() {
            let id = Slug.make(from: tag)
            vocabulary.add(Topic(id: id.isEmpty ? "topic" : id, name: tag))
        }
        if !unknown.isEmpty {
            let list = unknown.keys.sorted().map { "'\($0)' (\(unknown[$0]?.first ?? ""))" }.joined(separator: ", ")
            diagnostics.append(
                .warning(
                    "Content/topics.yml",
                    "tags not in topics.yml became topics of their own: \(list); add them to topics.yml with a name and aliases"
                ))
        }
        return vocabulary
    }
}
