/// AST transforms: the hooks later stages use instead of editing HTML strings.
extension Document {
    /// Rewrites every sequence of sibling blocks (document, quote, list item, element), innermost
    /// first, so a transform can look at neighbours, e.g. to wrap an image and its caption.
    public func transformingBlocks(_ transform: ([Block]) -> [Block]) -> Document {
        Document(blocks: Self.transform(blocks, transform))
    }

    /// Rewrites every sequence of sibling inline nodes, innermost first, told where it sits.
    public func transformingInlines(
        _ transform: ([Inline], InlineContext) -> [Inline]
    ) -> Document {
        transformingBlocks { blocks in
            blocks.map { Self.transformInlines(in: $0, transform) }
        }
    }

    /// Rewrites every link (not images), for example to turn `../x.md` into the article's URL.
    public func rewritingLinks(_ rewrite: (Link) -> Link) -> Document {
        transformingInlines { inlines, _ in
            inlines.map { inline in
                guard case .link(let link) = inline else { return inline }
                return .link(rewrite(link))
            }
        }
    }

    /// Gives each heading the id `makeID` returns, in document order.
    public func assigningHeadingIDs(_ makeID: (Heading) -> String?) -> Document {
        // In place: only headings change, and rebuilding every block cost more than cmark's parse.
        var blocks = blocks
        Self.assignIDs(&blocks, makeID)
        return Document(blocks: blocks)
    }

    private static func assignIDs(_ blocks: inout [Block], _ makeID: (Heading) -> String?) {
        for index in blocks.indices {
            switch blocks[index] {
            case .heading(var heading):
                heading.id = makeID(heading)
                blocks[index] = .heading(heading)
            case .blockQuote(var children, let range):
                assignIDs(&children, makeID)
                blocks[index] = .blockQuote(children, range)
            case .list(var list):
                for item in list.items.indices { assignIDs(&list.items[item].blocks, makeID) }
                blocks[index] = .list(list)
            case .element(var element):
                assignIDs(&element.children, makeID)
                blocks[index] = .element(element)
            default:
                continue
            }
        }
    }

    /// All headings in document order, including those inside quotes and lists.
    public var headings: [Heading] {
        var found: [Heading] = []
        Self.visit(blocks) { block in
            if case .heading(let heading) = block { found.append(heading) }
        }
        return found
    }

    /// Calls `body` for every block, parents before children.
    public func forEachBlock(_ body: (Block) -> Void) {
        Self.visit(blocks, body)
    }

    private static func visit(_ blocks: [Block], _ body: (Block) -> Void) {
        for block in blocks {
            body(block)
            switch block {
            case .blockQuote(let children, _): visit(children, body)
            case .list(let list): for item in list.items { visit(item.blocks, body) }
            case .element(let element): visit(element.children, body)
            default: break
            }
        }
    }

    private static func transform(_ blocks: [Block], _ transform: ([Block]) -> [Block]) -> [Block] {
        let inner = blocks.map { block -> Block in
            switch block {
            case .blockQuote(let children, let range):
                return .blockQuote(Self.transform(children, transform), range)
            case .list(var list):
                for index in list.items.indices {
                    list.items[index].blocks = Self.transform(list.items[index].blocks, transform)
                }
                return .list(list)
            case .element(var element):
                element.children = Self.transform(element.children, transform)
                return .element(element)
            default:
                return block
            }
        }
        return transform(inner)
    }

    private static func transformInlines(
        in block: Block, _ transform: ([Inline], InlineContext) -> [Inline]
    ) -> Block {
        switch block {
        case .paragraph(let content, let range):
            return .paragraph(Self.transform(content, InlineContext(), transform), range)
        case .heading(var heading):
            heading.content = Self.transform(heading.content, InlineContext(headingLevel: heading.level), transform)
            return .heading(heading)
        case .plain(let content):
            return .plain(Self.transform(content, InlineContext(), transform))
        default:
            return block
        }
    }

    private static func transform(
        _ inlines: [Inline], _ context: InlineContext, _ transform: ([Inline], InlineContext) -> [Inline]
    ) -> [Inline] {
        // Plain runs (no nested inlines) need no rebuilt copy before the transform sees them.
        guard inlines.contains(where: \.hasChildren) else { return transform(inlines, context) }
        let inner = inlines.map { inline -> Inline in
            switch inline {
            case .emphasis(let children, let range):
                return .emphasis(Self.transform(children, context, transform), range)
            case .strong(let children, let range):
                return .strong(Self.transform(children, context, transform), range)
            case .link(var link):
                var linkContext = context
                linkContext.isInsideLink = true
                link.content = Self.transform(link.content, linkContext, transform)
                return .link(link)
            case .image(var image):
                var imageContext = context
                imageContext.isInsideImage = true
                image.description = Self.transform(image.description, imageContext, transform)
                return .image(image)
            case .element(var element):
                element.children = Self.transform(element.children, context, transform)
                return .element(element)
            default:
                return inline
            }
        }
        return transform(inner, context)
    }
}

extension Inline {
    /// True for nodes that hold other inline nodes.
    var hasChildren: Bool {
        switch self {
        case .emphasis, .strong, .link, .image, .element: return true
        default: return false
        }
    }
}
