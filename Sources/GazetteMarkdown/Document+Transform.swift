/// AST transforms: the hooks later stages use instead of editing HTML strings.
extension Document {
    /// Rewrites every sequence of sibling blocks (document, quote, list item, element), innermost
    /// first, so a transform can look at neighbours, e.g. to wrap an image and its caption.
    public func transformingBlocks(_ transform: ([Block]) -> [Block]) -> Document {
        Document(blocks: Self.transform(blocks, transform))
    }

    /// Rewrites every sequence of sibling inline nodes, innermost first, told where it sits.
    ///
    /// Runs the transform hands back as they were are kept, and so is every block around them:
    /// most of an article has no link, and rebuilding all of its blocks for the few that do
    /// cost more than cmark's parse. Blocks inside quotes, lists and elements come before the
    /// blocks of the sequence that holds them, as in `transformingBlocks`.
    public func transformingInlines(
        _ transform: ([Inline], InlineContext) -> [Inline]
    ) -> Document {
        Self.transformedInlines(in: blocks, transform).map { Document(blocks: $0) } ?? self
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

    /// The blocks with their inline runs transformed, or nil when no run changed.
    private static func transformedInlines(
        in blocks: [Block], _ transform: ([Inline], InlineContext) -> [Inline]
    ) -> [Block]? {
        var result = blocks
        var changed = false
        for pass in 0..<2 {
            for index in blocks.indices where blocks[index].holdsBlocks == (pass == 0) {
                if let block = transformedInlines(in: result[index], transform) {
                    result[index] = block
                    changed = true
                }
            }
        }
        return changed ? result : nil
    }

    /// A block with its inline runs (or its children's) transformed, or nil when none changed.
    private static func transformedInlines(
        in block: Block, _ transform: ([Inline], InlineContext) -> [Inline]
    ) -> Block? {
        switch block {
        case .paragraph(let content, let range):
            return transformed(content, InlineContext(), transform).map { .paragraph($0, range) }
        case .heading(var heading):
            guard let content = transformed(heading.content, InlineContext(headingLevel: heading.level), transform)
            else { return nil }
            heading.content = content
            return .heading(heading)
        case .plain(let content):
            return transformed(content, InlineContext(), transform).map { .plain($0) }
        case .blockQuote(let children, let range):
            return transformedInlines(in: children, transform).map { .blockQuote($0, range) }
        case .list(var list):
            var changed = false
            for index in list.items.indices {
                if let blocks = transformedInlines(in: list.items[index].blocks, transform) {
                    list.items[index].blocks = blocks
                    changed = true
                }
            }
            return changed ? .list(list) : nil
        case .element(var element):
            guard let children = transformedInlines(in: element.children, transform) else { return nil }
            element.children = children
            return .element(element)
        default:
            return nil
        }
    }

    /// A run transformed innermost first, or nil when the transform handed every run back as it was.
    private static func transformed(
        _ inlines: [Inline], _ context: InlineContext, _ transform: ([Inline], InlineContext) -> [Inline]
    ) -> [Inline]? {
        var inner = inlines
        var changed = false
        for index in inlines.indices where inlines[index].hasChildren {
            var replacement: Inline?
            switch inlines[index] {
            case .emphasis(let children, let range):
                replacement = transformed(children, context, transform).map { .emphasis($0, range) }
            case .strong(let children, let range):
                replacement = transformed(children, context, transform).map { .strong($0, range) }
            case .link(var link):
                var linkContext = context
                linkContext.isInsideLink = true
                if let content = transformed(link.content, linkContext, transform) {
                    link.content = content
                    replacement = .link(link)
                }
            case .image(var image):
                var imageContext = context
                imageContext.isInsideImage = true
                if let description = transformed(image.description, imageContext, transform) {
                    image.description = description
                    replacement = .image(image)
                }
            case .element(var element):
                if let children = transformed(element.children, context, transform) {
                    element.children = children
                    replacement = .element(element)
                }
            default:
                break
            }
            if let replacement {
                inner[index] = replacement
                changed = true
            }
        }
        let result = transform(inner, context)
        return changed || !result.sharesStorage(with: inlines) ? result : nil
    }
}

extension Array {
    /// Whether two arrays are one and the same storage: a transform that hands its input back.
    func sharesStorage(with other: [Element]) -> Bool {
        count == other.count
            && withUnsafeBufferPointer { mine in
                other.withUnsafeBufferPointer { theirs in mine.baseAddress == theirs.baseAddress }
            }
    }
}

extension Block {
    /// True for blocks that hold other blocks.
    var holdsBlocks: Bool {
        switch self {
        case .blockQuote, .list, .element: return true
        default: return false
        }
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
