import Foundation
import GazetteContent
import GazetteEnrichment
import GazetteMarkdown
import GazetteTemplates

/// A setup step found its inputs unlike what the benchmark means to measure; failing beats
/// timing a page that, say, lost its caption to a layout change.
struct SetupFailure: Error, CustomStringConvertible {
    /// What was wrong.
    var description: String
}

/// Inputs the benchmarks share, made outside the measured region the way a site build makes them.
enum Fixtures {
    /// The default site settings: `zh-CN`, Asia/Shanghai, `/:year/:month/:slug/` URLs, automatic topics.
    static let config = SiteConfig()

    /// A fixed modification time (2026-04-20), so nothing depends on when the benchmark ran; also
    /// the newest date of the synthetic site.
    static let modified = Date(timeIntervalSince1970: 1_776_650_000)

    /// The loader the site build uses for these settings.
    static let loader = ArticleLoader(config: config, captions: .builtIn)

    /// The sample article's file as the loader reads it.
    static let articleBytes = Array(SampleArticle.file.utf8)

    /// Loads the sample article; any diagnostic fails the setup, since the text is written to
    /// load cleanly and a warning would mean the layout read it differently than intended.
    static func article() throws -> Article {
        var diagnostics: [Diagnostic] = []
        let loaded = loader.load(
            file: "Content/" + SampleArticle.contentPath, contentPath: SampleArticle.contentPath, bytes: articleBytes,
            modified: modified, diagnostics: &diagnostics)
        guard let article = loaded, diagnostics.isEmpty else {
            throw SetupFailure(description: "the sample article did not load cleanly: \(diagnostics)")
        }
        guard !article.deck.isEmpty, article.source != nil, article.headings.count >= 6 else {
            throw SetupFailure(description: "the sample article lost its deck, source or headings")
        }
        let html = HTMLRenderer(options: .site).render(article.document)
        guard html.contains("<figure class=\"photo\">"), html.contains("新华社 图") else {
            throw SetupFailure(description: "the photo and its caption did not become a figure")
        }
        return article
    }

    /// The 154-topic vocabulary, parsed from `topics.yml` text as the site loader does.
    static func vocabulary() throws -> TopicVocabulary {
        var diagnostics: [Diagnostic] = []
        let vocabulary = TopicVocabulary.parse(SampleTopics.yaml, file: "Content/topics.yml", diagnostics: &diagnostics)
        guard diagnostics.isEmpty, vocabulary.topics.count == 154 else {
            throw SetupFailure(
                description: "topics.yml gave \(vocabulary.topics.count) topics and diagnostics \(diagnostics)")
        }
        return vocabulary
    }

    /// The theme of a site without `Templates/`: the built-in default theme, compiled.
    static func defaultTheme() throws -> Theme {
        // An empty folder of its own, so that no `Templates/` left anywhere can change the theme.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gazette-benchmarks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let (theme, diagnostics) = Theme.load(siteRoot: root)
        guard let theme, diagnostics.isEmpty else {
            throw SetupFailure(description: "the default theme did not load: \(diagnostics)")
        }
        return theme
    }

    /// Short articles for the related, backlink and previous/next entries of the article page,
    /// dated in the days before the sample article.
    static func neighbours() throws -> [Article] {
        let stories = [
            ("滨江港一季度集装箱吞吐量同比增长一成", "一季度，滨江港完成集装箱吞吐量同比增长一成，外贸航线货量增长较快。"),
            ("城北铁路物流基地二期开工", "城北铁路物流基地二期工程开工建设，建成后将新增集装箱办理线四条。"),
            ("长江滨江段航道维护水深提升至六米", "长江滨江段航道整治工程完工，五千吨级船舶可常年直达滨江港。"),
            ("滨江综合保税区首季进出口值创新高", "滨江综合保税区一季度进出口值创历史同期新高，跨境电商业务增长明显。"),
            ("港口机械订单班首批学员进入实习", "本市两所职业院校开设的港口机械订单班首批学员进入码头实习。"),
            ("长江湿地保护区鸟类监测数据发布", "长江湿地保护区今年春季共记录到越冬水鸟四十余种，数量较去年有所增加。"),
        ]
        var articles: [Article] = []
        for (offset, story) in stories.enumerated() {
            let day = 19 - offset
            let path = "2026/04/2026-04-\(day)-neighbour-\(offset).md"
            let text = "---\ntitle: \(story.0)\nauthor: 本报记者\n---\n\n\(story.1)\n"
            var diagnostics: [Diagnostic] = []
            guard
                let article = loader.load(
                    file: "Content/" + path, contentPath: path, bytes: Array(text.utf8), modified: modified,
                    diagnostics: &diagnostics)
            else { throw SetupFailure(description: "a neighbour article did not load: \(diagnostics)") }
            articles.append(article)
        }
        return articles
    }
}
