import ArgumentParser
import Foundation
import GazetteMarkdown

/// `gazette render`: Markdown from a file or standard input to HTML on standard output.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render Markdown to HTML on standard output, like the cmark command.",
        discussion: """
            Output is byte-identical to cmark's HTML for the same options. Invalid UTF-8 is \
            replaced with U+FFFD.
            """
    )

    @Flag(help: "Keep raw HTML and dangerous URLs (javascript:, data:) instead of omitting them.")
    var unsafe = false

    @Flag(help: "Use curly quotes, dashes and ellipses.")
    var smart = false

    @Flag(help: "Add data-sourcepos attributes to block elements.")
    var sourcepos = false

    @Argument(help: "The Markdown file to read; standard input when omitted or '-'.")
    var file: String?

    func run() async throws {
        var options: MarkdownOptions = []
        if unsafe { options.insert(.unsafe) }
        if smart { options.insert(.smart) }
        if sourcepos { options.insert(.sourcePositions) }

        let input = try readInput()
        let document = Document(parsing: input, options: options)
        var html: [UInt8] = []
        HTMLRenderer(options: options).render(document.blocks, appendingTo: &html)
        FileHandle.standardOutput.write(Data(html))
    }

    private func readInput() throws -> Data {
        guard let file, file != "-" else {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CLIError("cannot read '\(file)': \(CLIErrorText.reason(error)). Check the path and its permissions.")
        }
    }
}
