import GazetteContent
import GazetteMarkdown

/// Links the first body mention of each of an article's topics to the topic page: never in
/// headings, links, code or image descriptions, at most once per topic.
/// A class: per-article closures capture it, and a struct of arrays was copied (retained) each time.
final class TopicLinker: Sendable {
    let matcher: TopicMatcher
    let topics: [Topic]
    let urls: SiteURLs

    init(vocabulary: TopicVocabulary, urls: SiteURLs) {
        topics = vocabulary.topics
        matcher = TopicMatcher(names: topics.map { [$0.name] + $0.aliases })
        self.urls = urls
    }

    /// The document with one link per assigned topic that the body mentions.
    func link(_ document: Document, topics assigned: [Topic]) -> Document {
        var pending = Set(assigned.map(\.id))
        guard !pending.isEmpty else { return document }
        return TextRewriter.rewrite(document) { text, range, context in
            guard context.isBodyText, !pending.isEmpty else { return nil }
            var pieces: [Inline] = []
            var consumed = text.utf8.startIndex
            for match in matcher.matches(in: text) {
                let topic = topics[match.topic]
                guard pending.remove(topic.id) != nil else { continue }
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: match.start)
                let end = text.utf8.index(text.utf8.startIndex, offsetBy: match.end)
                if consumed < start { pieces.append(.text(String(text[consumed..<start]), range)) }
                pieces.append(
                    .element(
                        Element(
                            name: "a",
                            attributes: [
                                HTMLAttribute("href", urls.link(SiteURLs.topic(topic.id))),
                                HTMLAttribute("class", "topic-mention"),
                            ],
                            children: [.text(String(text[start..<end]), range)])))
                consumed = end
            }
            guard !pieces.isEmpty else { return nil }
            if consumed < text.utf8.endIndex { pieces.append(.text(String(text[consumed...]), range)) }
            return pieces
        }
    }
}
