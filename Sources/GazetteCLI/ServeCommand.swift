import ArgumentParser
import Foundation
import GazettePreview

/// `gazette serve`: local preview with live reload.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site with live reload (built in memory; Public/ is not touched).")

    @OptionGroup var site: SiteOption

    @Option(help: "The interface to listen on. Anything but loopback exposes drafts to your network.")
    var host = "127.0.0.1"

    @Option(help: "The port; 0 picks a free one.")
    var port = 8000

    @Flag(help: "Serve drafts and future-dated articles too.")
    var drafts = false

    @Flag(name: .customLong("no-open"), help: "Do not open the browser.")
    var noOpen = false

    func run() async throws {
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            DiagnosticPrinter.printLine(
                "warning: serving on \(host) makes the preview, drafts included, reachable from other machines")
        }
        let open = !noOpen
        let server = PreviewServer(options: .init(site: site.url, host: host, port: port, includeDrafts: drafts))
        do {
            try await server.run(
                ready: { url in
                    DiagnosticPrinter.printLine("Serving \(url) (Ctrl-C to stop)")
                    if open { Self.openBrowser(url) }
                },
                log: { DiagnosticPrinter.printLine($0) })
        } catch let failure as PreviewServer.Failure {
            throw CLIError(failure.description)
        }
    }

    /// Opens the URL with the desktop's opener when there is a desktop.
    static func openBrowser(_ url: String) {
        let environment = ProcessInfo.processInfo.environment
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil,
            FileManager.default.isExecutableFile(atPath: "/usr/bin/xdg-open")
        else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xdg-open")
        process.arguments = [url]
        try? process.run()
    }
}
