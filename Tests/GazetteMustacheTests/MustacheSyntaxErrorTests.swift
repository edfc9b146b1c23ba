import GazetteMustache
import Testing

@Suite("Syntax errors")
struct MustacheSyntaxErrorTests {
    private func error(_ text: String) -> MustacheSyntaxError? {
        do {
            _ = try MustacheTemplate(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("a section that is never closed is reported at its opening tag")
    func unclosedSection() {
        let expected = MustacheSyntaxError(kind: .unclosedSection("items"), line: 2, column: 3)
        #expect(error("<ul>\n  {{#items}}\n  <li>{{name}}</li>\n</ul>\n") == expected)
    }

    @Test("a closing tag for another section is reported at the closing tag")
    func mismatchedClose() {
        let expected = MustacheSyntaxError(kind: .mismatchedClose(expected: "b", found: "a"), line: 1, column: 15)
        #expect(error("{{#a}}x{{#b}}y{{/a}}{{/b}}") == expected)
    }

    @Test("a tag left open on line 3 is reported with its line and column")
    func unclosedTagOnLine3() {
        let expected = MustacheSyntaxError(kind: .unclosedTag, line: 3, column: 7)
        #expect(error("<p>\n{{title}}\n<span>{{subtitle</span>\n</p>\n") == expected)
    }

    @Test("a tag left open before the next tag is reported at the first tag")
    func unclosedTagBeforeNextTag() {
        let expected = MustacheSyntaxError(kind: .unclosedTag, line: 1, column: 4)
        #expect(error("<p>{{title}</p><p>{{body}}</p>") == expected)
    }

    @Test("columns count characters, not bytes")
    func columnsCountCharacters() {
        #expect(error("héllo wörld {{x") == MustacheSyntaxError(kind: .unclosedTag, line: 1, column: 13))
    }

    @Test("a closing tag with nothing open")
    func unexpectedClose() {
        #expect(error("a\nb {{/a}}") == MustacheSyntaxError(kind: .unexpectedClose("a"), line: 2, column: 3))
    }

    @Test("an unclosed triple mustache")
    func unclosedTriple() {
        #expect(error("{{{body}}") == MustacheSyntaxError(kind: .unclosedTag, line: 1, column: 1))
    }

    @Test(
        "invalid set-delimiter tags",
        arguments: ["{{=<%=}}", "{{=<% %>}}", "{{= a=b c =}}", "{{=<% %> x=}}"])
    func invalidDelimiters(text: String) {
        #expect(error(text)?.kind == .invalidDelimiters)
    }

    @Test("tags without a name", arguments: ["{{}}", "{{ }}", "{{#}}x{{/}}", "{{>}}", "{{{ }}}", "{{>* }}"])
    func emptyTagName(text: String) {
        #expect(error(text)?.kind == .emptyTagName)
    }

    @Test("names with whitespace or empty parts", arguments: ["{{a b}}", "{{a..b}}", "{{.a}}", "{{a.}}", "{{> a b}}"])
    func invalidTagName(text: String) {
        #expect(error(text).map { if case .invalidTagName = $0.kind { true } else { false } } == true)
    }

    @Test("the message names the position and the problem")
    func description() {
        let error = MustacheSyntaxError(kind: .unclosedSection("items"), line: 2, column: 3)
        #expect(error.description == "line 2, column 3: section 'items' is never closed")
    }

    @Test(
        "valid templates compile",
        arguments: ["", "plain", "{{.}}", "{{a.b.c}}", "{{> partials/head}}", "{{=| |=}}|x|", "{{={{{ }}}=}}{{{x}}}"])
    func validTemplates(text: String) {
        #expect(error(text) == nil)
    }
}
