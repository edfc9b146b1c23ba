/// An article read again after an edit that left its place in the site as it was: same file,
/// date, URL, aliases, title, slug, tags and publication state.
public struct ArticleEdit: Sendable {
    /// Its index in `Site.articles`.
    public var index: Int
    /// The article as it is now.
    public var article: Article
    /// What loading it found.
    public var diagnostics: [Diagnostic]
    /// What loading it found before the edit, nil when unknown.
    public var previousDiagnostics: [Diagnostic]?

    /// Creates an edit.
    public init(index: Int, article: Article, diagnostics: [Diagnostic], previousDiagnostics: [Diagnostic]? = nil) {
        self.index = index
        self.article = article
        self.diagnostics = diagnostics
        self.previousDiagnostics = previousDiagnostics
    }
}
