/// AST transforms: the hooks later stages use instead of editing HTML strings.
extension Document {
    /// Rewrites every sequence of sibling blocks (document, quote, list item, element), innermost
    /// first, so a transform can look at neighbours, e.g. to wrap an image and its caption.
    public func transformingBlocks(_ transform: ([Block]) throws -> [Block]) rethrows -> Document {
        Document(blocks: try Self.transform(blocks, transform))
    }

    /// Rewrites every sequence of sibling inline nodes, innermost first, told where it sits.
    public func transformingInlines(
        _ transform: ([Inline], InlineContext) throws -> [Inline]
    ) rethrows -> Document {
        try transformingBlocks { blocks in
            try blocks.map { try Self.transformInlines(in: $0, transform) }
        }
    }

    /// Rewrites every link (not images), for example to turn `../x.md` into the article's URL.
    public func rewritingLinks(_ rewrite: (Link) throws -> Link) rethrows -> Document {
        try transformingInlines { inlines, _ in
            try inlines.map { inline in
                guard case .link(let link) = inline else { return inline }
                return .link(try rewrite(link))
            }
        }
    }

    /// Gives each heading the id `makeID` returns, in document order.
    public func assigningHeadingIDs(_ makeID: (Heading) throws -> String?) rethrows -> Document {
        try transformingBlocks { blocks in
            try blocks.map { block in
                guard case .heading(var heading) = block else { return block }
                heading.id = try makeID(heading)
                return .heading(heading)
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
    public func forEachBlock(_ body: (Block) throws -> Void) rethrows {
        try Self.visit(blocks, body)
    }

    private static func visit(_ blocks: [Block], _ body: (Block) throws -> Void) rethrows {
        for block in blocks {
            try body(block)
            switch block {
            case .blockQuote(let children, _): try visit(children, body)
            case .list(let list): for item in list.items { try visit(item.blocks, body) }
            case .element(let element): try visit(element.children, body)
            default: break
            }
        }
    }

    private static func transform(_ blocks: [Block], _ transform: ([Block]) throws -> [Block]) rethrows -> [Block] {
        let inner = try blocks.map { block -> Block in
            switch block {
            case .blockQuote(let children, let range):
                return .blockQuote(try Self.transform(children, transform), range)
            case .list(var list):
                for index in list.items.indices {
                    list.items[index].blocks = try Self.transform(list.items[index].blocks, transform)
                }
                return .list(list)
            case .element(var element):
                element.children = try Self.transform(element.children, transform)
                return .element(element)
            default:
                return block
            }
        }
        return try transform(inner)
    }

    private static func transformInlines(
        in block: Block, _ transform: ([Inline], InlineContext) throws -> [Inline]
    ) rethrows -> Block {
        switch block {
        case .paragraph(let content, let range):
            return .paragraph(try Self.transform(content, InlineContext(), transform), range)
        case .heading(var heading):
            heading.content = try Self.transform(heading.content, InlineContext(headingLevel: heading.level), transform)
            return .heading(heading)
        case .plain(let content):
            return .plain(try Self.transform(content, InlineContext(), transform))
        default:
            return block
        }
    }

    private static func transform(
        _ inlines: [Inline], _ context: InlineContext, _ transform: ([Inline], InlineContext) throws -> [Inline]
    ) rethrows -> [Inline] {
        let inner = try inlines.map { inline -> Inline in
            switch inline {
            case .emphasis(let children, let range):
                return .emphasis(try Self.transform(children, context, transform), range)
            case .strong(let children, let range):
                return .strong(try Self.transform(children, context, transform), range)
            case .link(var link):
                var linkContext = context
                linkContext.isInsideLink = true
                link.content = try Self.transform(link.content, linkContext, transform)
                return .link(link)
            case .image(var image):
                var imageContext = context
                imageContext.isInsideImage = true
                image.description = try Self.transform(image.description, imageContext, transform)
                return .image(image)
            case .element(var element):
                element.children = try Self.transform(element.children, context, transform)
                return .element(element)
            default:
                return inline
            }
        }
        return try transform(inner, context)
    }
}
