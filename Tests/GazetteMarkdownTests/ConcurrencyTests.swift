import GazetteMarkdown
import Testing

@Suite("Parsing one document per task")
struct ConcurrencyTests {
    @Test("rendering many documents concurrently gives the serial output")
    func concurrentMatchesSerial() async {
        var generator = MarkdownGenerator(seed: 42)
        let inputs = (0..<400).map { _ in generator.document() }
        let renderer = HTMLRenderer(options: .site)
        let serial = inputs.map { renderer.render(Document(parsing: $0, options: .site)) }

        let concurrent = await withTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, renderer.render(Document(parsing: input, options: .site))) }
            }
            var results = [String](repeating: "", count: inputs.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        #expect(concurrent == serial)
        #expect(serial.contains { !$0.isEmpty })
    }
}
