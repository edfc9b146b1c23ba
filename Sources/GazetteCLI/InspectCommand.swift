import ArgumentParser
import Foundation
import GazetteBuild
import GazetteContent

/// `gazette inspect FILE`: the article as Gazette understood it, as JSON.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show an article as Gazette understood it: title, deck, date, source, headings, links, topics.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var site: SiteOption

    @Option(help: "Output format.")
    var format: Format = .json

    @Argument(help: "The article's Markdown file.")
    var file: String

    func run() async throws {
        let url = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            let report = try await SiteInspector(options: BuildOptions(site: site.url)).inspect(file: url)
            DiagnosticPrinter.printLine(try report.json())
        } catch let error as DiagnosticError {
            DiagnosticPrinter.print(error.diagnostics)
            throw CLIError("cannot inspect '\(file)'")
        }
    }
}
