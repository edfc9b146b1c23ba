import GazetteContent

extension EnrichmentCache {
    /// Writes topics, link results and related lists for the build cache; resolved articles are
    /// not written, their bodies are loaded again when a page needs them.
    public func write(to writer: inout ByteWriter) {
        let state = snapshot()
        writer.write(state.tagged.sorted(by: { $0.key < $1.key })) { writer, entry in
            writer.write(entry.key)
            writer.write(entry.value.key)
            writer.write(entry.value.assignments) { writer, assignment in
                writer.write(assignment.topic.id)
                writer.write(assignment.score)
                writer.write(assignment.fromFrontMatter)
                writer.write(assignment.mentions) { writer, mention in
                    writer.write(mention.place.rawValue)
                    writer.write(mention.text)
                    writer.write(mention.line)
                    writer.write(mention.column)
                }
            }
        }
        writer.write(state.resolved.sorted(by: { $0.key < $1.key })) { writer, entry in
            writer.write(entry.key)
            writer.write(entry.value.key)
            writer.write(entry.value.resolution.linkedArticles)
            writer.write(entry.value.resolution.diagnostics) { $1.write(to: &$0) }
        }
        writer.write(state.related) { writer, related in
            writer.write(related.key)
            writer.write(related.lists) { writer, list in writer.write(list) { $0.write($1) } }
        }
    }

    /// Reads what `write(to:)` wrote; topics are looked up in `vocabulary` and resolutions get
    /// the (bodiless) `articles` by file.
    public convenience init(
        from reader: inout ByteReader, vocabulary: TopicVocabulary, articles: [String: Article]
    ) throws {
        self.init()
        let topics = Dictionary(vocabulary.topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tagged = try reader.readArray { reader -> (String, Tagged) in
            let file = try reader.readString()
            let key = try reader.readUInt64()
            let assignments = try reader.readArray { reader -> TopicAssignment in
                guard let topic = topics[try reader.readString()] else { throw ByteReader.Corrupt() }
                let score = try reader.readInt()
                let fromFrontMatter = try reader.readBool()
                let mentions = try reader.readArray { reader -> TopicAssignment.Mention in
                    guard let place = TopicAssignment.Place(rawValue: try reader.readString()) else {
                        throw ByteReader.Corrupt()
                    }
                    return TopicAssignment.Mention(
                        place: place, text: try reader.readString(), line: try reader.readOptionalInt(),
                        column: try reader.readOptionalInt())
                }
                return TopicAssignment(topic: topic, score: score, fromFrontMatter: fromFrontMatter, mentions: mentions)
            }
            return (file, Tagged(key: key, assignments: assignments))
        }
        let resolved = try reader.readArray { reader -> (String, Resolved)? in
            let file = try reader.readString()
            let key = try reader.readUInt64()
            let linked = try reader.readStrings()
            let diagnostics = try reader.readArray { try Diagnostic(from: &$0) }
            guard let article = articles[file] else { return nil }
            return (
                file,
                Resolved(
                    key: key,
                    resolution: LinkResolver.Resolution(
                        article: article, linkedArticles: linked, diagnostics: diagnostics))
            )
        }
        let related = try reader.readOptional { reader -> RelatedLists in
            RelatedLists(
                key: try reader.readUInt64(), lists: try reader.readArray { try $0.readArray { try $0.readInt() } })
        }
        restore(
            tagged: Dictionary(tagged, uniquingKeysWith: { first, _ in first }),
            resolved: Dictionary(resolved.compactMap { $0 }, uniquingKeysWith: { first, _ in first }), related: related)
    }
}
