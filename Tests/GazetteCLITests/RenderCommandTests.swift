import Foundation
import Testing

@Suite("gazette render")
struct RenderCommandTests {
    @Test("renders standard input like cmark")
    func standardInput() throws {
        let result = try GazetteBinary.run(["render"], input: Data("# 标题\n\n*强调* <b>x</b>\n".utf8))
        #expect(result.status == 0)
        #expect(
            result.standardOutput
                == "<h1>标题</h1>\n<p><em>强调</em> <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n")
    }

    @Test("--unsafe, --smart and --sourcepos change the output as in cmark")
    func flags() throws {
        let result = try GazetteBinary.run(
            ["render", "--unsafe", "--smart", "--sourcepos"], input: Data("\"a\" <b>x</b>\n".utf8))
        #expect(result.standardOutput == "<p data-sourcepos=\"1:1-1:12\">\u{201C}a\u{201D} <b>x</b></p>\n")
    }

    @Test("reads a file and keeps soft breaks between Chinese lines, as cmark does")
    func file() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gazette-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("美国\n伊朗\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        let result = try GazetteBinary.run(["render", "a.md"], in: folder)
        #expect(result.standardOutput == "<p>美国\n伊朗</p>\n")
    }

    @Test("repairs invalid UTF-8 with U+FFFD")
    func invalidUTF8() throws {
        let result = try GazetteBinary.run(["render"], input: Data([0x61, 0xFF, 0xFE, 0x0A]))
        #expect(result.status == 0)
        #expect(result.standardOutput == "<p>a\u{FFFD}\u{FFFD}</p>\n")
    }

    @Test("a missing file is a clear error")
    func missingFile() throws {
        let result = try GazetteBinary.run(["render", "/nonexistent/news.md"])
        #expect(result.status != 0)
        #expect(
            result.standardError.contains(
                "Error: cannot read '/nonexistent/news.md': No such file or directory. Check the path and its permissions."
            ))
        #expect(result.standardOutput.isEmpty)
    }

    @Test(
        "CommonMark spec examples pass through the executable",
        .enabled(
            if: FileManager.default.fileExists(atPath: specURL.path),
            "../shared/commonmark/spec-0.30.json is not present"))
    func specThroughExecutable() throws {
        struct Example: Decodable {
            let markdown: String
            let html: String
            let example: Int
        }
        let examples = try JSONDecoder().decode([Example].self, from: Data(contentsOf: Self.specURL))
        // Every 13th example keeps this end-to-end check quick; the library test runs all 652.
        for example in examples where example.example % 13 == 0 {
            let result = try GazetteBinary.run(["render", "--unsafe"], input: Data(example.markdown.utf8))
            #expect(result.standardOutput == example.html, "example \(example.example)")
        }
    }

    static let specURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "shared/commonmark/spec-0.30.json")
}
