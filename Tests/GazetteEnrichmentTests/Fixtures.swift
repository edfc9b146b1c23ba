import Foundation
import GazetteContent

/// Loads an article written inline, the way the build does.
func loadArticle(_ path: String, _ text: String, config: SiteConfig = SiteConfig()) -> Article? {
    var diagnostics: [Diagnostic] = []
    return ArticleLoader(config: config, captions: .builtIn).load(
        file: "Content/" + path, contentPath: path, bytes: Array(text.utf8), modified: Date(timeIntervalSince1970: 0),
        diagnostics: &diagnostics)
}

let testVocabulary = TopicVocabulary([
    Topic(id: "hormuz-strait", name: "霍尔木兹海峡", aliases: ["Strait of Hormuz"]),
    Topic(id: "hormuz", name: "霍尔木兹", aliases: ["Hormuz"]),
    Topic(id: "iran", name: "伊朗", aliases: ["Iran"]),
    Topic(id: "usa", name: "美国", aliases: ["U.S.", "United States"]),
    Topic(id: "state-department", name: "国务院"),
    Topic(id: "oil", name: "油价", aliases: ["oil prices"]),
])
