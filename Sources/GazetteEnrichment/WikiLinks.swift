import GazetteContent
import GazetteMarkdown

/// `[[slug]]`, `[[文章标题]]` and `[[target|shown text]]`: links to articles by slug, title or file
/// name, found in the text of the AST (never in code or inside other links).
struct WikiLinks: Sendable {
    /// What a wiki link needs of its target.
    private struct Target: Sendable {
        var contentPath: String
        var url: String
    }

    private let byKey: [String: Target]
    private let urls: SiteURLs

    init(articles: [Article], urls: SiteURLs) {
        self.urls = urls
        // The table of names costs a lowercased copy of every title: only when some article may use it.
        guard articles.contains(where: \.mayHaveWikiLinks) else {
            byKey = [:]
            return
        }
        var keys: [String: Target] = [:]
        keys.reserveCapacity(articles.count * 3)
        // Titles first, then slugs, then file names: a later kind never replaces an earlier one.
        for kind in 0..<3 {
            for article in articles {
                let name: Substring
                switch kind {
                case 0: name = article.title[...]
                case 1: name = article.slug[...]
                default:
                    let file = article.contentPath.split(separator: "/").last ?? ""
                    name = file.split(separator: ".").first ?? file
                }
                let key = Self.key(name)
                if keys[key] == nil { keys[key] = Target(contentPath: article.contentPath, url: article.url) }
            }
        }
        byKey = keys
    }

    private static func key(_ text: Substring) -> String {
        text.trimmedWhitespace.lowercased()
    }

    /// The document with wiki links turned into links; the linked articles' content paths and the
    /// problems found are appended.
    func expand(
        _ document: Document, in article: Article, severity: Diagnostic.Severity, linked: inout [String],
        diagnostics: inout [Diagnostic]
    ) -> Document {
        guard article.mayHaveWikiLinks else { return document }
        return TextRewriter.rewrite(document) { text, range, context, _ in
            guard !context.isInsideLink, !context.isInsideImage, text.utf8.containsBytes("[[") else { return nil }
            var pieces: [Inline] = []
            var rest = text[...]
            var changed = false
            while let open = rest.firstRange(of: "[["), let close = rest[open.upperBound...].firstRange(of: "]]") {
                let inner = rest[open.upperBound..<close.lowerBound]
                guard !inner.isEmpty, !inner.contains("[") else {
                    pieces.append(.text(String(rest[..<open.upperBound]), range))
                    rest = rest[open.upperBound...]
                    continue
                }
                let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                let target = String(parts[0].trimmedWhitespace)
                let shown = parts.count > 1 ? String(parts[1]) : target
                let column =
                    range.start.column
                    + text.unicodeScalars.distance(
                        from: text.unicodeScalars.startIndex,
                        to: open.lowerBound.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.startIndex)
                if !rest[..<open.lowerBound].isEmpty { pieces.append(.text(String(rest[..<open.lowerBound]), range)) }
                if let found = byKey[Self.key(target[...])] {
                    if !linked.contains(found.contentPath) { linked.append(found.contentPath) }
                    pieces.append(
                        .link(
                            Link(
                                destination: urls.link(found.url), content: [.text(shown, range)],
                                range: SourceRange(
                                    startLine: range.start.line, startColumn: column, endLine: range.start.line,
                                    endColumn: column))))
                } else {
                    diagnostics.append(
                        Diagnostic(
                            severity, file: article.file, line: range.start.line, column: column,
                            "wiki link '[[\(inner)]]' names no article; use an article's slug, title or file name"))
                    pieces.append(.text(String(rest[open.lowerBound..<close.upperBound]), range))
                }
                changed = true
                rest = rest[close.upperBound...]
            }
            guard changed else { return nil }
            if !rest.isEmpty { pieces.append(.text(String(rest), range)) }
            return pieces
        }
    }
}
