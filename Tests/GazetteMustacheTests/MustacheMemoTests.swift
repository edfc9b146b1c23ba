import GazetteMustache
import Testing

@Suite("Memo: list iterations kept between renders")
struct MustacheMemoTests {
    private func render(_ library: MustacheLibrary, _ name: String, _ context: MustacheValue, memo: MustacheMemo?)
        -> String
    {
        var bytes: [UInt8] = []
        library.render(name, context, into: &bytes, memo: memo)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Two shared article items, as a site shows them on many pages.
    private let first: MustacheValue = ["title": "长江大桥合龙", "url": "/a/"]
    private let second: MustacheValue = ["title": "春运首日", "url": "/b/"]

    @Test("a kept iteration is copied where it renders the same, and rendered again where the page differs")
    func reusesOnlyWhatRendersTheSame() throws {
        let library = try MustacheLibrary(templates: [
            "list": "<ol>\n  {{#items}}\n  {{> item}}\n  {{/items}}\n</ol>\n",
            "item": "<li><a href=\"{{url}}\">{{title}}</a> {{label}}{{#missing}}!{{/missing}}</li>\n",
        ])
        let memo = MustacheMemo(keeping: [first, second])
        let pageA: MustacheValue = ["items": [first, second], "label": "要闻"]
        let pageB: MustacheValue = ["items": [second, first], "label": "财经"]
        let pageC: MustacheValue = ["items": [first], "label": "要闻", "missing": true]
        for page in [pageA, pageB, pageA, pageC, pageB] {
            #expect(render(library, "list", page, memo: memo) == render(library, "list", page, memo: nil))
        }
        #expect(render(library, "list", pageB, memo: memo).contains("春运首日</a> 财经"))
        // Only page A's second render takes its items from the memo: pages B and C each differ from
        // page A, where the items were kept, in a name the item looks up in the page.
        #expect(memo.hits == 2)
    }

    @Test("iterations that look into an enclosing section, or of objects not named at creation, are not kept")
    func keepsOnlyWhatItMay() throws {
        let library = try MustacheLibrary(templates: [
            "page": "{{#group}}{{#items}}[{{title}}{{suffix}}]{{/items}}{{/group}}",
            "plain": "{{#items}}[{{title}}]{{/items}}",
        ])
        let memo = MustacheMemo(keeping: [first])
        // The context's own `suffix` is the same on both pages; the enclosing section's is not.
        let one: MustacheValue = ["group": ["items": [first], "suffix": "·一"], "suffix": "·一"]
        let two: MustacheValue = ["group": ["items": [first], "suffix": "·二"], "suffix": "·一"]
        #expect(render(library, "page", one, memo: memo) == "[长江大桥合龙·一]")
        #expect(render(library, "page", two, memo: memo) == "[长江大桥合龙·二]")
        let other: MustacheValue = ["items": [second]]
        #expect(render(library, "plain", other, memo: memo) == "[春运首日]")
        #expect(render(library, "plain", other, memo: memo) == "[春运首日]")
        #expect(memo.hits == 0)
    }

    @Test("indentation and inheritance blocks keep an iteration from being reused where they differ")
    func indentationAndBlocks() throws {
        let library = try MustacheLibrary(templates: [
            "list": "{{#items}}\n{{title}}\n{{/items}}\n",
            "flat": "{{> list}}",
            "indented": "  {{> list}}\n",
            "layout": "{{#items}}<{{$mark}}-{{/mark}}{{title}}>{{/items}}",
            "child": "{{<layout}}{{$mark}}*{{/mark}}{{/layout}}",
        ])
        let memo = MustacheMemo(keeping: [first, second])
        let page: MustacheValue = ["items": [first, second]]
        #expect(render(library, "flat", page, memo: memo) == "长江大桥合龙\n春运首日\n")
        #expect(render(library, "indented", page, memo: memo) == "  长江大桥合龙\n  春运首日\n")
        #expect(render(library, "flat", page, memo: memo) == "长江大桥合龙\n春运首日\n")
        #expect(render(library, "layout", page, memo: memo) == "<-长江大桥合龙><-春运首日>")
        #expect(render(library, "child", page, memo: memo) == "<*长江大桥合龙><*春运首日>")
        #expect(render(library, "layout", page, memo: memo) == "<-长江大桥合龙><-春运首日>")
        // Only the third render is served from the memo: the indented one differs in indentation,
        // and iterations that expand a block are never kept.
        #expect(memo.hits == 2)
    }
}
