import GazetteContent
import GazetteMarkdown

/// Links the first body mention of each of an article's topics to the topic page: never in
/// headings, links, code or image descriptions, at most once per topic.
/// A class: per-article closures capture it, and a struct of arrays was copied (retained) each time.
final class TopicLinker: Sendable {
    let matcher: TopicMatcher
    let topics: [Topic]
    let topicIndex: [String: Int]
    let urls: SiteURLs

    /// A linker that finds names as `tagger` does, so it can take over the tagger's mentions.
    init(sharingMatcherOf tagger: TopicTagger, urls: SiteURLs) {
        topics = tagger.topics
        matcher = tagger.matcher
        topicIndex = tagger.topicIndex
        self.urls = urls
    }

    /// The document with one link per assigned topic that the body mentions. `mentions`, when
    /// given, are the tagger's for this very document: the text is then not searched again.
    func link(_ document: Document, topics assigned: [Topic], mentions: BodyMentions? = nil) -> Document {
        var pending = Set(assigned.compactMap { topicIndex[$0.id] })
        // Only runs that mention a topic to link are joined and handed over.
        let wanted = mentions?.runs.map { $0.contains { pending.contains($0.topic) } }
        guard !pending.isEmpty, wanted?.contains(true) != false else { return document }
        let wants: (Int) -> Bool = { run in wanted?[run] ?? true }
        return TextRewriter.rewrite(document, wants: wants) { text, range, context, run in
            guard context.isBodyText, !pending.isEmpty else { return nil }
            let matches: [TopicMatcher.Match]
            if let mentions {
                matches = mentions.runs[run]
                assert(matches == matcher.matches(in: text), "the tagger's mentions are of another text")
            } else {
                matches = matcher.matches(in: text)
            }
            var pieces: [Inline] = []
            var consumed = text.utf8.startIndex
            for match in matches {
                guard pending.remove(match.topic) != nil else { continue }
                let topic = topics[match.topic]
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
