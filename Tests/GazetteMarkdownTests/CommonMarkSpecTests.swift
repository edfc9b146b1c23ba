import Foundation
import GazetteMarkdown
import Testing

/// The CommonMark 0.30 examples from `../shared/commonmark/`, when that folder is present.
struct CommonMarkSpecExample: Decodable, Sendable {
    let markdown: String
    let html: String
    let example: Int
    let section: String

    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/commonmark/spec-0.30.json")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: fileURL.path) }

    static func load() throws -> [CommonMarkSpecExample] {
        try JSONDecoder().decode([CommonMarkSpecExample].self, from: Data(contentsOf: fileURL))
    }
}

@Suite("CommonMark 0.30 conformance")
struct CommonMarkSpecTests {
    @Test(
        "all spec examples render as the spec expects with --unsafe",
        .enabled(if: CommonMarkSpecExample.isAvailable, "../shared/commonmark/spec-0.30.json is not present")
    )
    func allExamplesPass() throws {
        let examples = try CommonMarkSpecExample.load()
        let renderer = HTMLRenderer(options: .unsafe)
        var failed: [Int] = []
        for example in examples {
            let html = renderer.render(Document(parsing: example.markdown, options: .unsafe))
            if html != example.html {
                failed.append(example.example)
                Issue.record("example \(example.example) (\(example.section)): got \(html.debugDescription)")
            }
        }
        print("CommonMark 0.30: \(examples.count - failed.count) of \(examples.count) examples passed")
        #expect(examples.count == 652)
        #expect(failed.isEmpty)
    }
}
