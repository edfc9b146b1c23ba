import Foundation
import GazetteMarkdown

/// Turns one Markdown file into an `Article`: front matter, parsing, newspaper layout, slug, URL.
public struct ArticleLoader: Sendable {
    let config: SiteConfig
    let layout: NewspaperLayout

    /// Creates a loader for a site's settings.
    public init(config: SiteConfig, captions: CaptionDetector) {
        self.config = config
        self.layout = NewspaperLayout(config: config, captions: captions)
    }

    /// Loads `bytes` read from `file` (relative to the site folder; `contentPath` relative to
    /// `Content/`); nil when an error makes the article unusable. Problems go to `diagnostics`.
    public func load(
        file: String, contentPath: String, bytes: [UInt8], modified: Date, diagnostics: inout [Diagnostic]
    ) -> Article? {
        // The fast check runs on every file; the slow scan only to say where it failed.
        guard bytes.withUnsafeBufferPointer(UTF8Validation.isValid) else {
            let bad = UTF8Validation.firstInvalidByte(in: bytes) ?? (0, 1, 1)
            diagnostics.append(
                .error(
                    file, line: bad.line, column: bad.column,
                    "invalid UTF-8 (byte 0x\(String(bad.byte, radix: 16, uppercase: true))); save the file as UTF-8"))
            return nil
        }
        let split: FrontMatter.Split
        switch FrontMatter.split(bytes, file: file) {
        case .success(let value): split = value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        let matter =
            split.yaml.map { FrontMatter.parse($0, file: file, timeZone: config.timeZone, diagnostics: &diagnostics) }
            ?? FrontMatter()
        // Checked above, with a line and column for the error cmark's own check would not give.
        let parsed = Document(parsingValidUTF8: split.body, options: .site)
        let shape = layout.read(parsed, frontMatter: matter, file: file)
        diagnostics += shape.diagnostics

        let baseName = Self.baseName(of: contentPath)
        let title = matter.title ?? shape.title ?? baseName
        if matter.title == nil, shape.title == nil {
            diagnostics.append(
                .warning(
                    file, line: 1, column: 1,
                    "no title; start the article with '# 标题' or add 'title:' to the front matter"))
        }
        let date = articleDate(
            matter: matter, contentPath: contentPath, modified: modified, file: file, diagnostics: &diagnostics)

        // Without `:slug` in the permalink, the slug only names the article for wiki links:
        // SiteLoader makes those for all articles at once, which costs ICU far less.
        var slug = config.permalink.utf8.containsBytes(":slug") ? Slug.make(from: title) : ""
        if let written = matter.slug {
            if let problem = Slug.problem(with: written) {
                diagnostics.append(
                    .error(
                        file, line: matter.lines["slug"], column: 1,
                        "slug '\(written)' \(problem); use letters, digits and hyphens, like 'mei-yi-tan-pan'"))
                return nil
            }
            slug = written
        }
        if slug.isEmpty, config.permalink.utf8.containsBytes(":slug") {
            slug = Slug.make(from: baseName)
            if slug.isEmpty { slug = "article" }
        }

        let url = permalink(slug: slug, date: date, contentPath: contentPath, baseName: baseName)
        if let problem = Permalink.problem(with: url) {
            diagnostics.append(
                .error(
                    file, line: matter.lines["slug"] ?? 1, column: 1,
                    "URL '\(url)' \(problem), which would write outside the output folder; fix 'slug:' or 'permalink:' in site.yml"
                ))
            return nil
        }
        for alias in matter.aliases where Permalink.problem(with: alias) != nil || alias.isEmpty {
            diagnostics.append(
                .error(
                    file, line: matter.lines["aliases"], column: 1,
                    "alias '\(alias)' is not a safe site path; write old URLs like '/old/story/'"))
            return nil
        }
        guard diagnostics.filter({ $0.severity == .error }).count == errorsBefore else { return nil }

        var ids = HeadingIDs()
        var headings: [HeadingEntry] = []
        // `.site` parsing already counted columns in characters, as diagnostics name them.
        let document = shape.document.assigningHeadingIDs { heading in
            let text = String(heading.content.plainText.trimmedWhitespace)
            let id = ids.id(for: text)
            headings.append(HeadingEntry(id: id, level: heading.level, text: text))
            return id
        }
        var measures = TextMeasures("")
        var firstParagraph: String?
        var links: [LinkReference] = []
        document.forEachBlock { block in
            switch block {
            case .paragraph(let content, _):
                let text = content.plainText
                if firstParagraph == nil, PrintPhrases.phrase(in: text, extra: config.strip) == nil {
                    firstParagraph = text
                }
                measures.add(text)
                collectLinks(content, into: &links)
            case .heading(let heading):
                measures.add(heading.content.plainText)
                collectLinks(heading.content, into: &links)
            case .plain(let content):
                measures.add(content.plainText)
            default:
                break
            }
        }
        measures.add(title)
        let summary = matter.summary ?? firstParagraph.map { TextMeasures.summary(of: $0) } ?? ""
        var article = Article(
            file: file, contentPath: contentPath, title: title,
            titleLine: matter.title != nil ? matter.lines["title"] : shape.titleLine, deck: matter.deck ?? shape.deck,
            date: date,
            updated: matter.updated, slug: slug, url: url, summary: summary, author: matter.author ?? config.author,
            source: matter.source ?? shape.source, topicTags: matter.topics, autoTopics: matter.autoTopics ?? true,
            image: matter.image, isDraft: matter.isDraft, aliases: matter.aliases,
            language: matter.language ?? language(for: measures), measures: measures, headings: headings,
            links: links, document: document)
        article.sourceHash = StableHasher.hash(bytes)
        article.mayHaveWikiLinks = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            // `[` is rare in prose: jump from one to the next with the C library's memchr.
            var offset = 0
            while offset < buffer.count - 1,
                let found = memchr(base + offset, Int32(UInt8(ascii: "[")), buffer.count - 1 - offset)
            {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[index + 1] == UInt8(ascii: "[") { return true }
                offset = index + 1
            }
            return false
        }
        return article
    }

    private func collectLinks(_ inlines: [Inline], into links: inout [LinkReference]) {
        for inline in inlines {
            switch inline {
            case .link(let link):
                links.append(
                    LinkReference(
                        destination: link.destination, line: link.range.start.line, column: link.range.start.column))
                collectLinks(link.content, into: &links)
            case .emphasis(let children, _), .strong(let children, _):
                collectLinks(children, into: &links)
            default:
                break
            }
        }
    }

    private func language(for measures: TextMeasures) -> String {
        let siteIsCJK = ["zh", "ja"].contains(where: { config.language.lowercased().hasPrefix($0) })
        if measures.isMostlyCJK { return siteIsCJK ? config.language : "zh-CN" }
        return siteIsCJK ? "en" : config.language
    }

    private func articleDate(
        matter: FrontMatter, contentPath: String, modified: Date, file: String, diagnostics: inout [Diagnostic]
    ) -> Date {
        if let date = matter.date { return date }
        let fileName = Self.lastComponent(of: contentPath)
        if fileName.count >= 10, let date = DateParser.parse(String(fileName.prefix(10)), timeZone: config.timeZone) {
            return date
        }
        let folders = contentPath.split(separator: "/").dropLast().map(String.init)
        if folders.count >= 3 {
            let last = folders.suffix(3)
            let text = last.joined(separator: "-")
            if let date = DateParser.parse(text, timeZone: config.timeZone) { return date }
        }
        diagnostics.append(
            .warning(
                file, line: 1, column: 1,
                "no date; using the file's modification time. Add 'date: 2026-04-12' to the front matter or start the file name with the date"
            ))
        return modified
    }

    private func permalink(slug: String, date: Date, contentPath: String, baseName: String) -> String {
        let parts = CivilDate(date, timeZone: config.timeZone)
        // The first folder, if the file is in one: found by bytes, as paths are split for every article.
        let section = contentPath.utf8.firstIndex(of: UInt8(ascii: "/")).map { String(contentPath[..<$0]) } ?? ""
        return Permalink(config.permalink).expand(
            Permalink.Values(
                year: CivilDate.padded(parts.year, 4), month: CivilDate.padded(parts.month, 2),
                day: CivilDate.padded(parts.day, 2), slug: slug, section: section, filename: baseName))
    }

    /// The part of a path after its last slash (`NSString.lastPathComponent` for the paths of
    /// `Content/`, which never end in a slash), without bridging to NSString.
    static func lastComponent(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
    }

    /// The file name of a path of `Content/` without its extension (`a/b/talks.md` → `talks`).
    static func baseName(of contentPath: String) -> String {
        let fileName = lastComponent(of: contentPath)
        return fileName.utf8.lastIndex(of: UInt8(ascii: ".")).map { String(fileName[..<$0]) } ?? fileName
    }
}
