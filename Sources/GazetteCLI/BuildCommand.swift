import ArgumentParser
import Foundation
import GazetteBuild
import GazetteContent

/// `gazette build`: the site from Content/ through the theme into Public/.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into Public/ (atomically: a failed build leaves the old output).")

    @OptionGroup var site: SiteOption

    @Option(help: ArgumentHelp("The output folder (default: Public/ in the site).", valueName: "dir"))
    var output: String?

    @Flag(help: "Publish drafts and future-dated articles too.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override baseURL from site.yml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false

    @Flag(help: "Print the time each stage took.")
    var timings = false

    func run() async throws {
        var options = BuildOptions(site: site.url, includeDrafts: drafts, baseURL: baseURL)
        // The process ends with the build: freeing the site would only delay that.
        options.keepsSiteUntilExit = true
        if let output {
            options.output =
                URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                .standardizedFileURL
        }
        if !quiet, isatty(STDOUT_FILENO) != 0 {
            // One line rewritten in place; cleared before the summary.
            options.progress = { stage in
                FileHandle.standardOutput.write(Data("\r\u{1B}[2K\(stage)…".utf8))
            }
        }
        defer { if options.progress != nil { FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8)) } }
        do {
            let report = try await SiteBuilder(options: options).build()
            DiagnosticPrinter.print(report.diagnostics)
            if timings {
                func line(_ label: String, _ seconds: Double, _ note: String = "") {
                    DiagnosticPrinter.printLine(
                        label.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds)
                            + note)
                }
                for (stage, seconds) in report.timings { line(stage, seconds) }
                line("  render", report.renderSeconds, "  (all cores)")
                line("  write", report.writeSeconds, "  (all cores)")
                DiagnosticPrinter.printLine("rendered \(report.rendered) of \(report.files) files; slowest pages:")
                for (path, seconds) in report.slowest {
                    DiagnosticPrinter.printLine(String(format: "%10.2f ms  ", seconds * 1000) + path)
                }
            }
            if !quiet { DiagnosticPrinter.printLine("Built \(report.summary) → \(options.outputFolder.path)") }
        } catch let error as DiagnosticError {
            DiagnosticPrinter.print(error.diagnostics)
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            throw CLIError(
                "build failed with \(errors) error\(errors == 1 ? "" : "s"); \(options.outputFolder.lastPathComponent)/ was left unchanged"
            )
        }
    }
}
