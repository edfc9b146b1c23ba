import GazetteMarkdown

/// Rewrites runs of text in reading order (unlike `Document.transformingInlines`, which goes
/// innermost first), for changes where "the first mention" matters.
///
/// Adjacent text nodes are handed over joined, because cmark splits text at brackets, entities
/// and smart quotes. Code, raw HTML and image descriptions are never handed over.
struct TextRewriter {
    /// Returns the nodes that replace a run of text, or nil to keep it.
    typealias Rewrite = (_ text: String, _ range: SourceRange, _ context: InlineContext) -> [Inline]?

    static func rewrite(_ document: Document, _ rewrite: Rewrite) -> Document {
        Document(blocks: document.blocks.map { block($0, rewrite) })
    }

    private static func block(_ block: Block, _ rewrite: Rewrite) -> Block {
        switch block {
        case .paragraph(let content, let range):
            return .paragraph(inlines(content, InlineContext(), rewrite), range)
        case .plain(let content):
            return .plain(inlines(content, InlineContext(), rewrite))
        case .heading(var heading):
            heading.content = inlines(heading.content, InlineContext(headingLevel: heading.level), rewrite)
            return .heading(heading)
        case .blockQuote(let children, let range):
            return .blockQuote(children.map { self.block($0, rewrite) }, range)
        case .list(var list):
            for index in list.items.indices {
                list.items[index].blocks = list.items[index].blocks.map { self.block($0, rewrite) }
            }
            return .list(list)
        case .element(var element):
            element.children = element.children.map { self.block($0, rewrite) }
            return .element(element)
        case .codeBlock, .htmlBlock, .thematicBreak, .rawHTML:
            return block
        }
    }

    private static func inlines(_ inlines: [Inline], _ context: InlineContext, _ rewrite: Rewrite) -> [Inline] {
        var result: [Inline] = []
        var run: [Inline] = []
        func flush() {
            guard !run.isEmpty else { return }
            var text = ""
            var first: SourceRange?
            for case .text(let piece, let range) in run {
                text += piece
                if first == nil { first = range }
            }
            if let first, let replacement = rewrite(text, first, context) {
                result += replacement
            } else {
                result += run
            }
            run = []
        }
        for inline in inlines {
            if case .text = inline {
                run.append(inline)
                continue
            }
            flush()
            switch inline {
            case .emphasis(let children, let range):
                result.append(.emphasis(self.inlines(children, context, rewrite), range))
            case .strong(let children, let range):
                result.append(.strong(self.inlines(children, context, rewrite), range))
            case .link(var link):
                var inner = context
                inner.isInsideLink = true
                link.content = self.inlines(link.content, inner, rewrite)
                result.append(.link(link))
            case .element(var element):
                element.children = self.inlines(element.children, context, rewrite)
                result.append(.element(element))
            default:
                result.append(inline)
            }
        }
        flush()
        return result
    }
}
