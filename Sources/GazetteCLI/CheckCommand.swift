import ArgumentParser
import Foundation
import GazetteBuild
import GazetteContent

/// `gazette check`: the whole pipeline without writing; every problem listed.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check the site without writing: broken links, unknown topics, print artifacts, missing images, template errors."
    )

    @OptionGroup var site: SiteOption

    @Flag(help: "Check drafts and future-dated articles too.")
    var drafts = false

    @Flag(help: "Print the time each stage took.")
    var timings = false

    func run() async throws {
        let prepared = await SiteBuilder(options: BuildOptions(site: site.url, includeDrafts: drafts)).prepare()
        DiagnosticPrinter.print(prepared.diagnostics)
        if timings {
            for (stage, seconds) in prepared.timings {
                DiagnosticPrinter.printLine(
                    stage.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
            }
        }
        let errors = prepared.diagnostics.filter { $0.severity == .error }.count
        let warnings = prepared.diagnostics.count - errors
        let summary =
            "\(prepared.enriched.site.articles.count) articles checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 { throw CLIError(summary) }
        DiagnosticPrinter.printLine(summary)
    }
}
