import GazetteMarkdown
import Testing

@Suite("AST transforms")
struct TransformTests {
    @Test("heading ids are rendered as attributes")
    func headingIDs() {
        let document = Document(parsing: "## 谈判细节\n\n### A & B\n").assigningHeadingIDs { $0.content.plainText }
        #expect(HTMLRenderer().render(document) == "<h2 id=\"谈判细节\">谈判细节</h2>\n<h3 id=\"A &amp; B\">A &amp; B</h3>\n")
    }

    @Test("link destinations are rewritten, images untouched")
    func rewriteLinks() {
        let document = Document(parsing: "[a](x.md) ![i](x.md)\n\n> [b](y.md)").rewritingLinks { link in
            var link = link
            link.destination = "/articles/" + link.destination.replacingOccurrences(of: ".md", with: "/")
            return link
        }
        #expect(
            HTMLRenderer().render(document)
                == "<p><a href=\"/articles/x/\">a</a> <img src=\"x.md\" alt=\"i\" /></p>\n<blockquote>\n<p><a href=\"/articles/y/\">b</a></p>\n</blockquote>\n"
        )
    }

    @Test("blocks can be wrapped in an element with neighbours in view")
    func wrapBlocks() {
        let document = Document(parsing: "![p](a.jpg)\n\n说明 新华社 图\n\n正文").transformingBlocks { blocks in
            guard blocks.count >= 2, case .paragraph(let image, _) = blocks[0],
                case .paragraph(let caption, _) = blocks[1]
            else { return blocks }
            let figure = Element<Block>(
                name: "figure", attributes: [HTMLAttribute("class", "photo")],
                children: [
                    .paragraph(image, .synthesized),
                    .element(Element(name: "figcaption", children: [.rawHTML(HTMLRenderer().render(caption))])),
                ])
            return [.element(figure)] + blocks.dropFirst(2)
        }
        #expect(
            HTMLRenderer().render(document)
                == "<figure class=\"photo\">\n<p><img src=\"a.jpg\" alt=\"p\" /></p>\n<figcaption>\n说明 新华社 图</figcaption>\n</figure>\n<p>正文</p>\n"
        )
    }

    @Test("inline transforms know when they are in a heading, link or alt text")
    func inlineContext() {
        var contexts: [InlineContext] = []
        _ = Document(parsing: "# T\n\n[l](u) ![i](s)").transformingInlines { inlines, context in
            contexts.append(context)
            return inlines
        }
        #expect(contexts.contains { $0.headingLevel == 1 })
        #expect(contexts.contains { $0.isInsideLink })
        #expect(contexts.contains { $0.isInsideImage })
        #expect(contexts.filter(\.isBodyText).count == 1)
    }

    @Test("inline runs are seen innermost first, quoted and listed blocks before their neighbours")
    func inlineOrder() {
        var seen: [String] = []
        let source = "甲 *乙*\n\n> 丙\n\n- 丁\n\n戊 [己](x.md)"
        let document = Document(parsing: source)
        let same = document.transformingInlines { inlines, _ in
            seen.append(inlines.plainText)
            return inlines
        }
        #expect(seen == ["丙", "丁", "乙", "甲 乙", "己", "戊 己"])
        #expect(same == document)
        let changed = document.transformingInlines { inlines, context in
            context.isInsideLink
                ? [.text("庚", SourceRange(startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))] : inlines
        }
        #expect(
            HTMLRenderer().render(changed)
                == HTMLRenderer().render(Document(parsing: source.replacingOccurrences(of: "己", with: "庚"))))
    }
}
