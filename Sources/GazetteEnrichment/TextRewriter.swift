import GazetteMarkdown

/// Rewrites runs of text in reading order (unlike `Document.transformingInlines`, which goes
/// innermost first), for changes where "the first mention" matters.
///
/// Adjacent text nodes are handed over joined, because cmark splits text at brackets, entities
/// and smart quotes. Code, raw HTML and image descriptions are never handed over. Blocks and
/// runs the rewrite leaves alone are kept as they were, not rebuilt: a topic link changes one
/// run of an article.
struct TextRewriter {
    /// Returns the nodes that replace a run of text (the `run`-th), or nil to keep it.
    typealias Rewrite = (_ text: String, _ range: SourceRange, _ context: InlineContext, _ run: Int) -> [Inline]?

    /// Which runs (numbered from 0 in reading order, as `BodyText` counts them) are handed over.
    private let wants: (Int) -> Bool
    private var run = 0
    private let rewrite: Rewrite

    /// Rewrites the runs `wants` names (all by default); the others are neither joined nor handed over.
    static func rewrite(_ document: Document, wants: @escaping (Int) -> Bool = { _ in true }, _ rewrite: Rewrite)
        -> Document
    {
        withoutActuallyEscaping(rewrite) { rewrite in
            var rewriter = TextRewriter(wants: wants, rewrite: rewrite)
            return rewriter.blocks(document.blocks).map { Document(blocks: $0) } ?? document
        }
    }

    /// The blocks rewritten, or nil when no run in them changed.
    private mutating func blocks(_ blocks: [Block]) -> [Block]? {
        var result = blocks
        var changed = false
        for index in blocks.indices {
            if let block = block(blocks[index]) {
                result[index] = block
                changed = true
            }
        }
        return changed ? result : nil
    }

    /// The block rewritten, or nil when no run in it changed.
    private mutating func block(_ block: Block) -> Block? {
        switch block {
        case .paragraph(let content, let range):
            return inlines(content, InlineContext()).map { .paragraph($0, range) }
        case .plain(let content):
            return inlines(content, InlineContext()).map { .plain($0) }
        case .heading(var heading):
            guard let content = inlines(heading.content, InlineContext(headingLevel: heading.level))
            else { return nil }
            heading.content = content
            return .heading(heading)
        case .blockQuote(let children, let range):
            return blocks(children).map { .blockQuote($0, range) }
        case .list(var list):
            var changed = false
            for index in list.items.indices {
                if let blocks = blocks(list.items[index].blocks) {
                    list.items[index].blocks = blocks
                    changed = true
                }
            }
            return changed ? .list(list) : nil
        case .element(var element):
            guard let children = blocks(element.children) else { return nil }
            element.children = children
            return .element(element)
        case .codeBlock, .htmlBlock, .thematicBreak, .rawHTML:
            return nil
        }
    }

    /// The inlines rewritten, or nil when no run in them changed.
    private mutating func inlines(_ inlines: [Inline], _ context: InlineContext) -> [Inline]? {
        // Made on the first change, from the inlines before it.
        var result: [Inline]?
        func replace(_ range: Range<Int>, with replacement: [Inline]?) {
            if let replacement {
                if result == nil { result = Array(inlines[..<range.lowerBound]) }
                result?.append(contentsOf: replacement)
            } else {
                result?.append(contentsOf: inlines[range])
            }
        }
        var runStart: Int?
        func flush(upTo end: Int) {
            guard let start = runStart else { return }
            runStart = nil
            defer { run += 1 }
            guard wants(run), case .text(var text, let first) = inlines[start] else {
                replace(start..<end, with: nil)
                return
            }
            for case .text(let piece, _) in inlines[(start + 1)..<end] { text += piece }
            replace(start..<end, with: rewrite(text, first, context, run))
        }
        for index in inlines.indices {
            let inline = inlines[index]
            if case .text = inline {
                if runStart == nil { runStart = index }
                continue
            }
            flush(upTo: index)
            var replacement: Inline?
            switch inline {
            case .emphasis(let children, let range):
                replacement = self.inlines(children, context).map { .emphasis($0, range) }
            case .strong(let children, let range):
                replacement = self.inlines(children, context).map { .strong($0, range) }
            case .link(var link):
                var inner = context
                inner.isInsideLink = true
                if let content = self.inlines(link.content, inner) {
                    link.content = content
                    replacement = .link(link)
                }
            case .element(var element):
                if let children = self.inlines(element.children, context) {
                    element.children = children
                    replacement = .element(element)
                }
            default:
                break
            }
            replace(index..<(index + 1), with: replacement.map { [$0] })
        }
        flush(upTo: inlines.count)
        return result
    }
}
