import Foundation
import Yams

/// The topics a site knows, looked up by id, name or alias.
public struct TopicVocabulary: Sendable {
    /// Topics in file order.
    public private(set) var topics: [Topic] = []
    private var byKey: [String: Int] = [:]

    /// An empty vocabulary.
    public init() {}

    /// A vocabulary of the given topics.
    public init(_ topics: [Topic]) {
        for topic in topics { add(topic) }
    }

    /// The topic an id, name or alias names (Latin case-insensitively).
    public func topic(named key: String) -> Topic? {
        byKey[Self.key(key)].map { topics[$0] }
    }

    /// Adds a topic; an id already present is replaced.
    public mutating func add(_ topic: Topic) {
        if let index = byKey[Self.key(topic.id)], topics[index].id == topic.id {
            topics[index] = topic
        } else {
            topics.append(topic)
        }
        let index = topics.firstIndex { $0.id == topic.id } ?? topics.count - 1
        for key in [topic.id, topic.name] + topic.aliases where byKey[Self.key(key)] == nil {
            byKey[Self.key(key)] = index
        }
    }

    private static func key(_ text: String) -> String {
        text.trimmedWhitespace.lowercased()
    }

    /// Reads `topics.yml`: a list of `{id, name, aliases, description, parent}`.
    public static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> TopicVocabulary {
        var vocabulary = TopicVocabulary()
        let reader = YAMLReader(file: file, lineOffset: 0)
        guard
            let entries = reader.sequence(
                text, hint: "topics.yml must be a list of topics, each like '- id: hormuz' with 'name:'",
                diagnostics: &diagnostics)
        else { return vocabulary }
        var seen: Set<String> = []
        for entry in entries {
            let fields = Dictionary(entry.pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            guard let id = fields["id"]?.text, !id.isEmpty else {
                diagnostics.append(
                    reader.diagnostic(.error, at: entry, "topic without 'id:'; give it a short ASCII id like 'hormuz'"))
                continue
            }
            if let problem = Slug.problem(with: id) {
                diagnostics.append(
                    reader.diagnostic(.error, at: entry, "topic id '\(id)' \(problem); use letters, digits and hyphens")
                )
                continue
            }
            if !seen.insert(id).inserted {
                diagnostics.append(
                    reader.diagnostic(.error, at: entry, "topic id '\(id)' is listed twice; merge the two entries"))
                continue
            }
            for key in entry.pairs.map(\.key) where !["id", "name", "aliases", "description", "parent"].contains(key) {
                diagnostics.append(
                    reader.diagnostic(.warning, at: entry, "unknown key '\(key)' in topic '\(id)' is ignored"))
            }
            vocabulary.add(
                Topic(
                    id: id, name: fields["name"]?.text ?? id, aliases: fields["aliases"]?.textList ?? [],
                    description: fields["description"]?.text, parent: fields["parent"]?.text))
        }
        return vocabulary
    }
}
