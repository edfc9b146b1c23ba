import Foundation
import GazetteContent
import Testing

@Suite("Front matter")
struct FrontMatterTests {
    let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current

    @Test("the body keeps the file's line numbers")
    func split() throws {
        let file = Array("---\ntitle: 标题\n---\n正文\n".utf8)
        guard case .success(let split) = FrontMatter.split(file, file: "Content/a.md") else {
            Issue.record("split failed")
            return
        }
        #expect(split.yaml == "title: 标题\n")
        #expect(String(decoding: split.body, as: UTF8.self) == "\n\n\n正文\n")
    }

    @Test("an unclosed block is an error at line 1")
    func unclosed() {
        guard case .failure(let diagnostic) = FrontMatter.split(Array("---\ntitle: x\n正文\n".utf8), file: "Content/a.md")
        else {
            Issue.record("expected a failure")
            return
        }
        #expect(
            diagnostic.description
                == "Content/a.md:1:1: error: front matter is not closed; add a line '---' after its last key")
    }

    @Test("every key is read")
    func keys() {
        var diagnostics: [Diagnostic] = []
        let yaml = """
            title: 油价上涨
            date: 2026-04-13 09:30
            slug: oil
            deck: [第一行, 第二行]
            tags: oil
            topics: [hormuz]
            draft: true
            aliases: /old/oil/
            autoTopics: false
            """
        let matter = FrontMatter.parse(yaml, file: "Content/a.md", timeZone: zone, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(matter.title == "油价上涨")
        #expect(matter.slug == "oil")
        #expect(matter.deck == ["第一行", "第二行"])
        #expect(matter.topics == ["oil", "hormuz"])
        #expect(matter.isDraft)
        #expect(matter.aliases == ["/old/oil/"])
        #expect(matter.autoTopics == false)
        #expect(matter.date == DateParser.parse("2026-04-13T09:30:00+08:00", timeZone: zone))
        #expect(matter.lines["slug"] == 4)
    }

    @Test("invalid YAML is reported at its line in the file")
    func invalidYAML() {
        var diagnostics: [Diagnostic] = []
        _ = FrontMatter.parse(
            "title: a\ndeck: [一, 二\nslug: b\n", file: "Content/a.md", timeZone: zone, diagnostics: &diagnostics)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.file == "Content/a.md")
        // The YAML starts on line 2 of the file; the unclosed flow list is noticed on its line 4.
        #expect(diagnostics.first?.line == 4)
        #expect(diagnostics.first?.message.hasPrefix("invalid YAML:") == true)
    }

    @Test("a bad date says how to write one")
    func badDate() {
        var diagnostics: [Diagnostic] = []
        _ = FrontMatter.parse("date: 4月12日\n", file: "Content/a.md", timeZone: zone, diagnostics: &diagnostics)
        #expect(
            diagnostics.map(\.description) == [
                "Content/a.md:2:7: error: date '4月12日' is not a date; write it like '2026-04-12' or '2026-04-12T09:30:00+08:00'"
            ])
    }
}
