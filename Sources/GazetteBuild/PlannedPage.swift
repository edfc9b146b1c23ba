/// One output of a build, before it is rendered: where it goes, what it is, and a fingerprint of
/// everything it shows, so a rebuild renders only pages whose fingerprint changed.
public struct PlannedPage: Sendable {
    /// The output file, relative to the output folder (`2026/04/x/index.html`).
    public var path: String
    /// A stable hash of the page's inputs.
    public var fingerprint: UInt64
    /// True for HTML pages (as opposed to feeds, sitemap, robots.txt).
    public var isHTML: Bool { path.hasSuffix(".html") }
    /// What to render.
    let job: PageJob
}

/// The kinds of generated files.
enum PageJob: Sendable {
    case article(Int)
    case home(page: Int, total: Int, entries: [Int])
    case topic(Int, page: Int, total: Int, entries: [Int])
    case topicIndex
    case month(year: Int, month: Int, page: Int, total: Int, entries: [Int])
    case archive
    case notFound
    case feed(topic: Int?, entries: [Int])
    case sitemap
    case robots
    case redirect(article: Int, alias: String)
}
