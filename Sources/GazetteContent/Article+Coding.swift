import GazetteMarkdown

extension Article {
    /// Writes everything but the body, for the build cache.
    public func writeSummary(to writer: inout ByteWriter) {
        writer.write(file)
        writer.write(contentPath)
        writer.write(title)
        writer.write(titleLine)
        writer.write(deck)
        writer.write(date)
        writer.write(updated) { $0.write($1) }
        writer.write(slug)
        writer.write(url)
        writer.write(summary)
        writer.write(author)
        writer.write(source)
        writer.write(topicTags)
        writer.write(autoTopics)
        writer.write(image)
        writer.write(isDraft)
        writer.write(aliases)
        writer.write(language)
        writer.write(measures.cjkCharacters)
        writer.write(measures.latinWords)
        writer.write(headings) { writer, heading in
            writer.write(heading.id)
            writer.write(heading.level)
            writer.write(heading.text)
        }
        writer.write(links) { writer, link in
            writer.write(link.destination)
            writer.write(link.line)
            writer.write(link.column)
        }
        writer.write(sourceHash)
        writer.write(mayHaveWikiLinks)
    }

    /// Reads what `writeSummary` wrote: an article without its body (`hasBody` false).
    public init(summaryFrom reader: inout ByteReader) throws {
        let file = try reader.readString()
        let contentPath = try reader.readString()
        let title = try reader.readString()
        let titleLine = try reader.readOptionalInt()
        let deck = try reader.readStrings()
        let date = try reader.readDate()
        let updated = try reader.readOptional { try $0.readDate() }
        let slug = try reader.readString()
        let url = try reader.readString()
        let summary = try reader.readString()
        let author = try reader.readOptionalString()
        let source = try reader.readOptionalString()
        let topicTags = try reader.readStrings()
        let autoTopics = try reader.readBool()
        let image = try reader.readOptionalString()
        let isDraft = try reader.readBool()
        let aliases = try reader.readStrings()
        let language = try reader.readString()
        var measures = TextMeasures("")
        measures.cjkCharacters = try reader.readInt()
        measures.latinWords = try reader.readInt()
        let headings = try reader.readArray {
            HeadingEntry(id: try $0.readString(), level: try $0.readInt(), text: try $0.readString())
        }
        let links = try reader.readArray {
            LinkReference(destination: try $0.readString(), line: try $0.readInt(), column: try $0.readInt())
        }
        self.init(
            file: file, contentPath: contentPath, title: title, titleLine: titleLine, deck: deck, date: date,
            updated: updated, slug: slug, url: url, summary: summary, author: author, source: source,
            topicTags: topicTags, autoTopics: autoTopics, image: image, isDraft: isDraft, aliases: aliases,
            language: language, measures: measures, headings: headings, links: links, document: Document(blocks: []))
        sourceHash = try reader.readUInt64()
        mayHaveWikiLinks = try reader.readBool()
        hasBody = false
    }
}
