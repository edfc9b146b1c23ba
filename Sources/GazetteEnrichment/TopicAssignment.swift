import GazetteContent

/// Why an article has a topic: its score, whether the front matter named it, and each mention.
public struct TopicAssignment: Sendable, Hashable {
    /// Where a mention was found.
    public enum Place: String, Sendable, Hashable, Codable {
        /// In the headline (counts 3).
        case title
        /// In a deck line (counts 3).
        case deck
        /// In the body (counts 1).
        case body
    }

    /// One mention of the topic.
    public struct Mention: Sendable, Hashable {
        /// Title, deck or body.
        public var place: Place
        /// The text that matched.
        public var text: String
        /// The 1-based line in the file, when known.
        public var line: Int?
        /// The 1-based character column, when known.
        public var column: Int?
    }

    /// The topic.
    public var topic: Topic
    /// Title and deck mentions × 3 + body mentions.
    public var score: Int
    /// True when the front matter named the topic.
    public var fromFrontMatter: Bool
    /// The mentions, in text order.
    public var mentions: [Mention]
}
