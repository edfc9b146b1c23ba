import GazetteMustache
import Testing

@Suite("Values, truthiness and escaping")
struct MustacheValueTests {
    private func render(_ text: String, _ context: MustacheValue) throws -> String {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(text), named: "page")
        return library.render("page", context)
    }

    @Test("false, null, an empty list and a missing name are falsy")
    func falsy() throws {
        let context: MustacheValue = ["no": false, "nothing": nil, "empty": []]
        for name in ["no", "nothing", "empty", "missing"] {
            #expect(try render("{{#\(name)}}yes{{/\(name)}}{{^\(name)}}no{{/\(name)}}", context) == "no")
        }
    }

    @Test("true, strings (even empty) and objects (even empty) are truthy and render once")
    func truthy() throws {
        let context: MustacheValue = ["yes": true, "text": "t", "blank": "", "object": ["a": "1"], "none": [:]]
        for name in ["yes", "text", "blank", "object", "none"] {
            #expect(try render("{{#\(name)}}yes{{/\(name)}}{{^\(name)}}no{{/\(name)}}", context) == "yes")
        }
    }

    @Test("a non-empty list renders its section once per item, with the item on top of the stack")
    func listIterates() throws {
        let context: MustacheValue = ["items": [["name": "a"], "b", ["other": "c"]], "name": "outer"]
        #expect(try render("{{#items}}[{{name}}|{{.}}]{{/items}}", context) == "[a|][outer|b][outer|]")
    }

    @Test("a truthy value that is not a list is pushed for its section")
    func valuePushed() throws {
        #expect(try render("{{#page}}{{title}}{{/page}}", ["page": ["title": "T"]]) == "T")
        #expect(try render("{{#title}}<{{.}}>{{/title}}", ["title": "T"]) == "<T>")
        #expect(try render("{{#flag}}{{.}}{{/flag}}", ["flag": true]) == "true")
    }

    @Test("bools interpolate as true and false; lists, objects and null as nothing")
    func interpolation() throws {
        let context: MustacheValue = ["t": true, "f": false, "list": ["a"], "object": ["a": "b"], "null": nil]
        #expect(
            try render("{{t}} {{f}} [{{list}}] [{{object}}] [{{null}}] [{{{list}}}]", context)
                == "true false [] [] [] []")
    }

    @Test("dotted names look up their first part through the stack and the rest inside it")
    func dottedNames() throws {
        let context: MustacheValue = [
            "page": ["openGraph": ["title": "OG"]], "site": ["title": "S"], "article": ["site": [:]],
        ]
        #expect(try render("{{page.openGraph.title}} {{#article}}[{{site.title}}]{{/article}}", context) == "OG []")
    }

    @Test("escaping replaces & < > \" ' and keeps everything else, multi-byte text included")
    func escaping() throws {
        let context: MustacheValue = ["x": "a & b <c> \"d\" 'e' — 日本 & 🎉"]
        #expect(try render("{{x}}", context) == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; — 日本 &amp; 🎉")
        #expect(try render("{{{x}}}|{{&x}}", context) == "a & b <c> \"d\" 'e' — 日本 & 🎉|a & b <c> \"d\" 'e' — 日本 & 🎉")
    }

    @Test("escaping handles entities at the start and end and strings of only entities")
    func escapingEdges() throws {
        #expect(try render("{{x}}", ["x": "<>"]) == "&lt;&gt;")
        #expect(try render("{{x}}", ["x": "&"]) == "&amp;")
        #expect(try render("[{{x}}]", ["x": ""]) == "[]")
    }

    @Test("literals build the matching cases")
    func literals() {
        let value: MustacheValue = ["s": "x", "b": true, "l": ["y"], "n": nil]
        let expected = MustacheValue.object([
            "s": .string("x"), "b": .bool(true), "l": .list([.string("y")]), "n": .null,
        ])
        #expect(value == expected)
    }
}
