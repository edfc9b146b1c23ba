import GazetteContent
import GazetteMarkdown

/// Tags articles with topics: those the front matter names, plus those mentioned often enough in
/// the title, deck and body (`score = 3 × title and deck mentions + body mentions`).
/// A class: per-article closures capture it, and a struct of arrays was copied (retained) each time.
public final class TopicTagger: Sendable {
    let topics: [Topic]
    /// The index in `topics` of each topic id: the numbers the matcher reports.
    let topicIndex: [String: Int]
    let matcher: TopicMatcher
    let vocabulary: TopicVocabulary
    let threshold: Int
    let maximum: Int
    let automatic: Bool
    let explains: Bool

    /// Creates a tagger for a vocabulary and the site's `topicThreshold`, `maxTopics` and `autoTopics`;
    /// with `explains`, front matter topics also carry their mentions and score (for `inspect`).
    public init(vocabulary: TopicVocabulary, config: SiteConfig, explains: Bool = true) {
        self.explains = explains
        self.vocabulary = vocabulary
        topics = vocabulary.topics
        matcher = TopicMatcher(names: topics.map { [$0.name] + $0.aliases })
        topicIndex = Dictionary(topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        threshold = config.topicThreshold
        maximum = config.maxTopics
        automatic = config.autoTopics
    }

    /// The article's topics with their reasons: front matter topics first, then found ones by score.
    public func assign(_ article: Article) -> [TopicAssignment] {
        assign(article, keepingMentions: false).assignments
    }

    /// `assign`, with the mentions found in each run of the body when the body was searched.
    func assign(_ article: Article, keepingMentions: Bool) -> (assignments: [TopicAssignment], body: BodyMentions?) {
        let searches = automatic && article.autoTopics
        var mentions: [Int: [TopicAssignment.Mention]] = [:]
        var scores: [Int: Int] = [:]
        @discardableResult
        func record(_ text: String, place: TopicAssignment.Place, line: Int?, column: Int?) -> [TopicMatcher.Match] {
            var text = text
            return text.withUTF8 { bytes in
                let found = matcher.matches(in: bytes)
                for match in found { scores[match.topic, default: 0] += place == .body ? 1 : 3 }
                // A build needs only the scores, not a string and position per mention.
                guard explains else { return found }
                // Matches come in text order: count columns on from the last one, not from the start.
                var (position, scalars) = (0, 0)
                for match in found {
                    while position < match.start {
                        if bytes[position] & 0xC0 != 0x80 { scalars += 1 }
                        position += 1
                    }
                    let text = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[match.start..<match.end]), as: UTF8.self)
                    mentions[match.topic, default: []].append(
                        TopicAssignment.Mention(
                            place: place, text: text, line: line, column: column.map { [scalars] in $0 + scalars }))
                }
                return found
            }
        }
        // Scanning the text is most of tagging's cost; a build with front matter topics only
        // has no use for the mentions.
        var body: BodyMentions?
        if searches || explains {
            record(article.title, place: .title, line: article.titleLine, column: nil)
            for line in article.deck { record(line, place: .deck, line: nil, column: nil) }
            var runs: [[TopicMatcher.Match]] = []
            BodyText.forEachText(in: article.document) { text, range in
                let found = record(text, place: .body, line: range.start.line, column: range.start.column)
                if keepingMentions { runs.append(found) }
            }
            if keepingMentions { body = BodyMentions(runs: runs) }
        }

        var named: [Int] = []
        for tag in article.topicTags {
            if let topic = vocabulary.topic(named: tag), let index = topicIndex[topic.id],
                !named.contains(index)
            {
                named.append(index)
            }
        }
        func assignment(_ index: Int, fromFrontMatter: Bool) -> TopicAssignment {
            TopicAssignment(
                topic: topics[index], score: scores[index] ?? 0, fromFrontMatter: fromFrontMatter,
                mentions: mentions[index] ?? [])
        }
        var result = named.map { assignment($0, fromFrontMatter: true) }
        guard searches else { return (result, body) }
        let found = scores.keys.filter { !named.contains($0) }.map { assignment($0, fromFrontMatter: false) }
            .filter { $0.score >= threshold }
            .sorted { ($0.score, $1.topic.id) > ($1.score, $0.topic.id) }
        result += found.prefix(max(0, maximum - result.count))
        return (result, body)
    }
}
