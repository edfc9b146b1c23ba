import GazetteContent
import GazetteEnrichment
import Testing

@Suite("Topic suggestions")
struct TopicSuggesterTests {
    @Test("a repeated 6-character name is proposed, its fragments and known names are not")
    func sixCharacterName() throws {
        let bodies = [
            "滨江科技新馆周末开放，滨江科技新馆门口排起长队。",
            "记者走进滨江科技新馆，看到机器人表演。",
            "不少家长说，滨江科技新馆值得再来。",
            "油价上涨之后，伊朗方面没有表态。",
        ]
        let articles = try bodies.enumerated().map { index, body in
            try #require(loadArticle("a\(index).md", "---\ntitle: 报道\(index)\n---\n\(body)\n"))
        }
        let suggestions = TopicSuggester(vocabulary: testVocabulary).suggest(articles, minimumArticles: 2).map(\.phrase)
        #expect(suggestions.contains("滨江科技新馆"))
        for fragment in ["滨江科技新", "江科技新馆", "科技新馆", "滨江科技"] {
            #expect(!suggestions.contains(fragment), "\(fragment) is folded into 滨江科技新馆")
        }
        #expect(!suggestions.contains("油价"), "known names are not proposed")
        let first = try #require(
            TopicSuggester(vocabulary: testVocabulary).suggest(articles, minimumArticles: 2).first {
                $0.phrase == "滨江科技新馆"
            })
        #expect(first.articles == 3)
        #expect(first.samples == ["Content/a0.md", "Content/a1.md", "Content/a2.md"])
    }

    @Test("capitalised English phrases are proposed")
    func latinPhrases() throws {
        let bodies = [
            "Officials at the Serena Hotel said the talks ended.", "The Serena Hotel was closed to guests.",
            "Guests returned to the Serena Hotel on Monday.",
        ]
        let articles = try bodies.enumerated().map { index, body in
            try #require(loadArticle("e\(index).md", "---\ntitle: Report \(index)\n---\n\(body)\n"))
        }
        let suggestions = TopicSuggester(vocabulary: testVocabulary).suggest(articles, minimumArticles: 3).map(\.phrase)
        #expect(suggestions.contains("Serena Hotel"))
        #expect(!suggestions.contains("The"))
    }
}
