import GazetteContent
import GazetteEnrichment
import GazetteMarkdown
import Testing

@Suite("Topic tagging and topic links")
struct TopicTaggerTests {
    let tagger = TopicTagger(vocabulary: testVocabulary, config: SiteConfig())

    func topics(_ text: String) throws -> [String] {
        let article = try #require(loadArticle("a.md", text))
        return tagger.assign(article).map(\.topic.id)
    }

    @Test("once in the body is below the threshold, three times is tagged, once in the title is tagged")
    func threshold() throws {
        #expect(try topics("# 港口新闻\n\n码头工人提到伊朗。\n") == [])
        #expect(try topics("# 港口新闻\n\n伊朗船只进港。伊朗方面表示满意。\n\n伊朗港口繁忙。\n") == ["iran"])
        #expect(try topics("# 伊朗港口新闻\n\n码头一片繁忙。\n") == ["iran"])
    }

    @Test("front matter topics are kept, autoTopics: false turns finding off")
    func frontMatter() throws {
        #expect(try topics("---\ntitle: 港口\ntopics: [油价]\n---\n伊朗伊朗伊朗\n") == ["oil", "iran"])
        #expect(try topics("---\ntitle: 港口\ntopics: [oil]\nautoTopics: false\n---\n伊朗伊朗伊朗\n") == ["oil"])
    }

    @Test("mentions are explained with place, line and column")
    func explain() throws {
        let article = try #require(loadArticle("a.md", "# 伊朗来电\n\n他说：伊朗\n"))
        let assignment = try #require(tagger.assign(article).first)
        #expect(assignment.score == 4)
        #expect(assignment.fromFrontMatter == false)
        #expect(assignment.mentions.map(\.place) == [.title, .body])
        #expect(assignment.mentions.last?.line == 3)
        #expect(assignment.mentions.last?.column == 4)
    }

    @Test("mentions in code, link targets and image sources do not count")
    func notInCode() throws {
        #expect(try topics("# 港口\n\n`伊朗` `伊朗` ![伊朗](伊朗.png) [港口](伊朗.md)\n\n```\n伊朗 伊朗\n```\n") == [])
    }

    @Test("the first body mention of each topic links to its page, never in headings, links or code")
    func topicLinks() async throws {
        let text = """
            # 伊朗与油价

            ## 伊朗的立场

            [伊朗外交部](https://example.com)发言人说，`伊朗`不会让步。伊朗代表团已回国，伊朗媒体也在报道。

            油价随之上涨，油价分析师称油价仍将波动。
            """
        let article = try #require(loadArticle("2026/a.md", text))
        let site = Site(
            root: .init(fileURLWithPath: "/"), config: SiteConfig(), vocabulary: testVocabulary, articles: [article],
            assets: [])
        let enriched = await Enrichment().run(site)
        let html = HTMLRenderer(options: .site).render(enriched.site.articles[0].document)
        #expect(html.contains("<h2 id=\"伊朗的立场\">伊朗的立场</h2>"))
        #expect(html.contains("<a href=\"https://example.com\">伊朗外交部</a>"))
        #expect(html.contains("<code>伊朗</code>"))
        #expect(html.components(separatedBy: "class=\"topic-mention\"").count == 3, "one link each for iran and oil")
        #expect(html.contains("不会让步。<a href=\"/topics/iran/\" class=\"topic-mention\">伊朗</a>代表团"))
        #expect(html.contains("<p><a href=\"/topics/oil/\" class=\"topic-mention\">油价</a>随之上涨"))
    }

    @Test("links placed from the tagger's mentions are those a second search of the text places")
    func linksFromTaggerMentions() async throws {
        // Runs the tagger and the linker must count alike: a heading, link text, emphasis, an
        // entity that splits a text node, a quote, a list, code and an image.
        let body = """
            ## 伊朗方面

            [伊朗新闻](https://example.com)，`油价`与 *霍尔木兹* 海峡&amp;伊朗![油价](a.png)。

            > 美国与**伊朗**会谈。

            - 油价上涨
            - 国际油价、伊朗与霍尔木兹

            伊朗再次表态，美国回应，油价回落。
            """
        func linkedHTML(_ frontMatter: String, autoTopics: Bool) async throws -> String {
            var config = SiteConfig()
            config.autoTopics = autoTopics
            let article = try #require(loadArticle("2026/a.md", frontMatter + "# 港口\n\n" + body, config: config))
            let site = Site(
                root: .init(fileURLWithPath: "/"), config: config, vocabulary: testVocabulary, articles: [article],
                assets: [])
            let enriched = await Enrichment(explainsTopics: false).run(site)
            #expect(Set(enriched.topics[0].map(\.id)) == ["iran", "oil", "usa", "hormuz"])
            return HTMLRenderer(options: .site).render(enriched.site.articles[0].document)
        }
        // Found topics are linked from the tagger's mentions; front matter topics with
        // autoTopics off, from a search of their own.
        let fromMentions = try await linkedHTML("", autoTopics: true)
        let searched = try await linkedHTML("---\ntopics: [iran, oil, usa, hormuz]\n---\n", autoTopics: false)
        #expect(fromMentions == searched)
        #expect(fromMentions.components(separatedBy: "class=\"topic-mention\"").count == 5)
        #expect(fromMentions.contains("<em><a href=\"/topics/hormuz/\" class=\"topic-mention\">霍尔木兹</a></em>"))
        #expect(fromMentions.contains("海峡&amp;<a href=\"/topics/iran/\" class=\"topic-mention\">伊朗</a>"))
    }
}
