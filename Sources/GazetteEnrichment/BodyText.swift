import GazetteMarkdown

/// Walks the running text of a document in reading order: paragraphs, headings, list items,
/// quotes and captions, but not code, raw HTML or image descriptions.
enum BodyText {
    static func forEachText(in document: Document, _ body: (String, SourceRange) -> Void) {
        for block in document.blocks { visit(block, body) }
    }

    private static func visit(_ block: Block, _ body: (String, SourceRange) -> Void) {
        switch block {
        case .paragraph(let content, _), .plain(let content): visit(content, body)
        case .heading(let heading): visit(heading.content, body)
        case .blockQuote(let children, _): for child in children { visit(child, body) }
        case .list(let list): for item in list.items { for child in item.blocks { visit(child, body) } }
        case .element(let element): for child in element.children { visit(child, body) }
        case .codeBlock, .htmlBlock, .thematicBreak, .rawHTML: break
        }
    }

    /// Adjacent text nodes are joined first: cmark splits text at brackets, entities and smart
    /// quotes, and a name must match across those seams.
    private static func visit(_ inlines: [Inline], _ body: (String, SourceRange) -> Void) {
        var pending = ""
        var pendingRange: SourceRange?
        func flush() {
            if let range = pendingRange { body(pending, range) }
            pending = ""
            pendingRange = nil
        }
        for inline in inlines {
            if case .text(let text, let range) = inline {
                pending += text
                if pendingRange == nil { pendingRange = range }
                continue
            }
            flush()
            switch inline {
            case .emphasis(let children, _), .strong(let children, _): visit(children, body)
            case .link(let link): visit(link.content, body)
            case .element(let element): visit(element.children, body)
            case .text, .softBreak, .lineBreak, .code, .html, .image, .rawHTML: break
            }
        }
        flush()
    }
}
