import ArgumentParser
import Foundation
import GazetteContent
import GazettePublish

/// `gazette publish TARGET`: a production build handed to a folder, a git branch or rsync.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract:
            "Build for production and publish to dir:PATH, git:REPO[#BRANCH], rsync:DEST or a name from deploy: in site.yml."
    )

    @OptionGroup var site: SiteOption

    @Flag(
        name: .customLong("dry-run"), help: "List the files that would be added, changed and removed; change nothing.")
    var dryRun = false

    @Flag(help: "Replace a target that Gazette did not publish.")
    var force = false

    @Flag(help: "Collapse whitespace in HTML (not inside pre, textarea, script, style).")
    var minify = false

    @Flag(help: "Write .gz files beside HTML, CSS, JS, XML, SVG and text files.")
    var precompress = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override baseURL from site.yml.", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Put the previous version of a dir: target back.")
    var rollback = false

    @Argument(help: "dir:PATH, git:REPO[#BRANCH], rsync:DEST, or a name under deploy: in Content/site.yml.")
    var target: String

    func run() async throws {
        do {
            var diagnostics: [Diagnostic] = []
            let config = SiteConfig.load(site: site.url, diagnostics: &diagnostics)
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let parsed = try PublishTarget.parse(target, named: config.deploy, relativeTo: cwd)
            if rollback {
                guard case .directory(let live) = parsed else {
                    throw PublishError("--rollback works with dir: targets; for git, revert the commit on the branch")
                }
                DiagnosticPrinter.printLine(try Publisher.rollback(live))
                return
            }
            let build = try await ProductionBuild(
                options: .init(site: site.url, baseURL: baseURL, minify: minify, precompress: precompress)
            ).run()
            defer { try? FileManager.default.removeItem(at: build.folder.deletingLastPathComponent()) }
            DiagnosticPrinter.print(build.report.diagnostics)
            let outcome = try Publisher(build: build, force: force).publish(to: parsed, dryRun: dryRun)
            if dryRun {
                for (label, paths) in [
                    ("added", outcome.changes.added), ("changed", outcome.changes.changed),
                    ("removed", outcome.changes.removed),
                ] {
                    for path in paths { DiagnosticPrinter.printLine("\(label)  \(path)") }
                }
            }
            DiagnosticPrinter.printLine(outcome.summary)
        } catch let error as PublishError {
            throw CLIError(error.description)
        } catch let error as DiagnosticError {
            DiagnosticPrinter.print(error.diagnostics)
            throw CLIError("the production build failed; nothing was published")
        }
    }
}
