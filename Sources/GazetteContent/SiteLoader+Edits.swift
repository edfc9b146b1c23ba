import Foundation

extension SiteLoader {
    /// Reads edited articles again for a site loaded before (`gazette serve`); `changedFiles`
    /// are the full paths a file watcher saw change. Nil unless every one of them is an article
    /// of `site` that kept its place, since anything else (another file, a new, deleted or moved
    /// article, a changed date, URL, title or tag, an error) changes what the whole site is and
    /// needs `load()`.
    public func reload(_ changedFiles: Set<String>, in site: Site) -> [ArticleEdit]? {
        let folder = root.appendingPathComponent("Content").path
        var contentPaths: [String] = []
        for file in changedFiles.sorted() {
            guard file.hasPrefix(folder + "/"), SiteLoader.isArticle(file) else { return nil }
            contentPaths.append(String(file.dropFirst(folder.count + 1)))
        }
        guard !contentPaths.isEmpty else { return nil }
        let loader = Self.articleLoader(for: site.config)
        var edits: [ArticleEdit] = []
        for path in contentPaths {
            guard let index = site.articles.firstIndex(where: { $0.contentPath == path }),
                let (loaded, diagnostics, stamp) = Self.read(path, in: folder, with: loader),
                var article = loaded
            else { return nil }
            keepSlug(of: &article, path: path)
            let old = site.articles[index]
            guard Self.keepsPlace(old, article), isPublished(article) else { return nil }
            let before = cache?.lookup(path)?.1
            cache?.store(path, stamp: stamp, article: article, diagnostics: diagnostics)
            edits.append(
                ArticleEdit(index: index, article: article, diagnostics: diagnostics, previousDiagnostics: before))
        }
        return edits
    }

    /// Whether an edit leaves everything `load()` works out over all articles as it was: order,
    /// publication, URLs, slugs, the topics made from tags, and the need for wiki-link slugs.
    static func keepsPlace(_ old: Article, _ new: Article) -> Bool {
        old.file == new.file && old.date == new.date && old.isDraft == new.isDraft && old.url == new.url
            && old.aliases == new.aliases && old.title == new.title && old.slug == new.slug
            && old.topicTags == new.topicTags && old.mayHaveWikiLinks == new.mayHaveWikiLinks
    }

    /// An edit that kept the title keeps the slug it had: no transliteration for it.
    func keepSlug(of article: inout Article, path: String) {
        if article.slug.isEmpty, let previous = cache?.previousSlug(path), article.title == previous.title {
            article.slug = previous.slug
        }
    }

    func isPublished(_ article: Article) -> Bool {
        options.includeDrafts || (!article.isDraft && article.date <= options.now)
    }
}
