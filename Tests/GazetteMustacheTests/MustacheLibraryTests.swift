import GazetteMustache
import Testing

@Suite("Library: partials, parents and output")
struct MustacheLibraryTests {
    @Test("rendering into a buffer appends to what is already there")
    func appendsToBuffer() throws {
        let library = try MustacheLibrary(templates: ["page": "<p>{{x}}</p>"])
        var buffer = Array("<!DOCTYPE html>\n".utf8)
        library.render("page", ["x": "a"], into: &buffer)
        library.render("page", ["x": "b"], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "<!DOCTYPE html>\n<p>a</p><p>b</p>")
    }

    @Test("an unknown template renders nothing")
    func unknownTemplate() throws {
        let library = try MustacheLibrary(templates: ["page": "x"])
        var buffer = Array("kept".utf8)
        library.render("other", [:], into: &buffer)
        #expect(buffer == Array("kept".utf8))
        #expect(library.render("other", [:]) == "")
        #expect(library.contains("page") && !library.contains("other"))
    }

    @Test("partial names with slashes, registered before or after the template that uses them")
    func slashNames() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate("<head>{{> partials/head}}</head>{{>partials/foot}}"), named: "page")
        library.register(try MustacheTemplate("<title>{{title}}</title>"), named: "partials/head")
        #expect(library.render("page", ["title": "T"]) == "<head><title>T</title></head>")
        library.register(try MustacheTemplate("!"), named: "partials/foot")
        #expect(library.render("page", ["title": "T"]) == "<head><title>T</title></head>!")
    }

    @Test("registering a name again replaces its template everywhere it is used")
    func replace() throws {
        var library = try MustacheLibrary(templates: ["page": "[{{>p}}]", "p": "one"])
        library.register(try MustacheTemplate("two"), named: "p")
        #expect(library.render("page", [:]) == "[two]")
    }

    @Test("missing partials and parents are reported with their position, sorted")
    func missingPartials() throws {
        let library = try MustacheLibrary(templates: [
            "b": "{{> partials/missing}}\n  {{<layout}}{{$x}}y{{/x}}{{/layout}}\n{{>present}}",
            "a": "line\n{{#s}}{{> partials/missing}}{{/s}} {{>*dynamic}}",
            "present": "{{>alsoMissing}}",
        ])
        #expect(
            library.missingPartials() == [
                MissingPartial(template: "a", partial: "partials/missing", line: 2, column: 7),
                MissingPartial(template: "b", partial: "partials/missing", line: 1, column: 1),
                MissingPartial(template: "b", partial: "layout", line: 2, column: 3),
                MissingPartial(template: "present", partial: "alsoMissing", line: 1, column: 1),
            ])
        #expect(try MustacheLibrary(templates: ["a": "{{>b}}", "b": "x"]).missingPartials().isEmpty)
    }

    @Test("a standalone partial indents its template's lines, not the data it interpolates")
    func indentation() throws {
        let library = try MustacheLibrary(templates: [
            "page": "<ul>\n  {{> item}}\n</ul>\n",
            "item": "<li>\n  {{{body}}}\n</li>\n",
        ])
        #expect(library.render("page", ["body": "a\nb"]) == "<ul>\n  <li>\n    a\nb\n  </li>\n</ul>\n")
    }

    @Test("an indented partial leaves its empty lines empty and indents after CRLF too")
    func indentationEdges() throws {
        let library = try MustacheLibrary(templates: [
            "page": "<div>\r\n  {{> p}}\r\n</div>", "p": "<p>a</p>\r\n\r\n<p>{{x}}</p>\r\n",
        ])
        #expect(library.render("page", ["x": "b"]) == "<div>\r\n  <p>a</p>\r\n\r\n  <p>b</p>\r\n</div>")
    }

    @Test("a line with two tags is not standalone: only a tag alone on its line takes the line")
    func twoTagsOnALine() throws {
        let library = try MustacheLibrary(templates: ["page": "<ul>\n{{#a}}{{/a}}\n{{#a}}\n{{/a}}\n</ul>"])
        #expect(library.render("page", ["a": true]) == "<ul>\n\n</ul>")
    }

    @Test("dynamic partials and parents take their name from the context")
    func dynamicNames() throws {
        let library = try MustacheLibrary(templates: [
            "page": "{{>*kind}}|{{<*layout}}{{$body}}B{{/body}}{{/*layout}}",
            "article": "A", "layouts/wide": "[{{$body}}{{/body}}]",
        ])
        #expect(library.render("page", ["kind": "article", "layout": "layouts/wide"]) == "A|[B]")
        #expect(library.render("page", ["kind": "nothing"]) == "|")
    }

    @Test("a recursive partial nests its indentation and stops when the data ends")
    func recursiveTree() throws {
        let library = try MustacheLibrary(templates: [
            "tree": "<ul>\n{{#children}}\n  <li>{{name}}\n    {{> tree}}\n  </li>\n{{/children}}\n</ul>\n"
        ])
        let context: MustacheValue = [
            "children": [["name": "a", "children": [["name": "b", "children": []]]]]
        ]
        let expected = """
            <ul>
              <li>a
                <ul>
                  <li>b
                    <ul>
                    </ul>
                  </li>
                </ul>
              </li>
            </ul>

            """
        #expect(library.render("tree", context) == expected)
    }

    @Test("a partial that includes itself without end renders to a depth limit instead of crashing")
    func runawayRecursion() throws {
        let library = try MustacheLibrary(templates: ["loop": "x{{>loop}}"])
        let rendered = library.render("loop", [:])
        #expect(rendered.count > 10 && rendered.count < 1000 && rendered.allSatisfy { $0 == "x" })
    }

    @Test("a partial that includes itself twice stops after a bounded amount of work")
    func runawayFanOut() throws {
        let library = try MustacheLibrary(templates: ["loop": "{{>loop}}{{>loop}}x"])
        #expect(!library.render("loop", [:]).isEmpty)
    }

    @Test("parents fill their blocks with the arguments, outermost caller first")
    func parents() throws {
        let library = try MustacheLibrary(templates: [
            "layouts/base": "<title>{{$title}}Site{{/title}}</title>\n<main>\n  {{$main}}\n  {{/main}}\n</main>\n",
            "layouts/article":
                "{{<layouts/base}}{{$main}}\n  <article>{{$body}}{{/body}}</article>\n{{/main}}{{/layouts/base}}",
            "page":
                "{{<layouts/article}}\n{{$title}}{{page.title}}{{/title}}\n{{$body}}{{{body}}}{{/body}}\n{{/layouts/article}}\n",
        ])
        let expected = "<title>A &amp; B</title>\n<main>\n  <article><p>x</p></article>\n</main>\n"
        #expect(library.render("page", ["page": ["title": "A & B"], "body": "<p>x</p>"]) == expected)
    }

    @Test("a library renders from many tasks at once")
    func concurrentRendering() async throws {
        let library = try MustacheLibrary(templates: ["page": "{{#items}}<li>{{.}}</li>{{/items}}"])
        let results = await withTaskGroup(of: String.self) { group in
            for index in 0..<8 {
                group.addTask { library.render("page", ["items": ["\(index)", "x"]]) }
            }
            return await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(results.count == 8)
    }
}
