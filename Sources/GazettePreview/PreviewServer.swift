import Foundation
import GazetteBuild
import GazetteContent
import Hummingbird
import Logging
import ServiceLifecycle

/// `gazette serve`: builds the site in memory, serves it over HTTP, watches its files and tells
/// open pages what changed.
public struct PreviewServer: Sendable {
    /// What to serve and where.
    public struct Options: Sendable {
        /// The site folder.
        public var site: URL
        /// The interface to listen on; loopback unless asked otherwise.
        public var host = "127.0.0.1"
        /// The port; 0 picks a free one.
        public var port = 8000
        /// Serve drafts and future-dated articles too.
        public var includeDrafts = false

        /// Creates options for a site folder.
        public init(site: URL, host: String = "127.0.0.1", port: Int = 8000, includeDrafts: Bool = false) {
            self.site = site
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
        }
    }

    /// Failures before serving starts, with what to do.
    public struct Failure: Error, CustomStringConvertible {
        /// The message for the user.
        public let description: String
    }

    let options: Options

    /// Creates a server.
    public init(options: Options) {
        self.options = options
    }

    /// Builds, then serves until interrupted; `ready` gets the URL once the socket is listening,
    /// `log` gets one line per rebuild.
    public func run(ready: @escaping @Sendable (String) -> Void, log: @escaping @Sendable (String) -> Void) async throws
    {
        let session = PreviewSession(options: BuildOptions(site: options.site, includeDrafts: options.includeDrafts))
        let first = await session.rebuild()
        log(Self.describe(first, initial: true))
        let watcher = SiteWatcher(roots: [
            options.site.appendingPathComponent("Content"), options.site.appendingPathComponent("Templates"),
        ])
        let changes = watcher.changes()
        let rebuilds = Task {
            for await changed in changes {
                // The watcher names what changed: other articles need not even be checked.
                let outcome = await session.rebuild(changed: changed.contains(SiteWatcher.eventsLost) ? nil : changed)
                log(Self.describe(outcome, initial: false))
            }
        }
        defer {
            watcher.stop()
            rebuilds.cancel()
        }
        let responder = PreviewResponder(
            store: session.store, events: session.events, content: options.site.appendingPathComponent("Content"))
        let host = options.host
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in responder.respond(to: request) },
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: options.port), serverName: "Gazette"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                ready("http://\(shown):\(port)/")
            },
            logger: Self.quietLogger)
        // Graceful shutdown runs in reverse order: the event streams close first, so open pages
        // do not keep the HTTP server waiting.
        let services = ServiceGroup(
            configuration: .init(
                services: [app, LiveEventsService(events: session.events)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: Self.quietLogger))
        do {
            try await services.run()
        } catch {
            let text = "\(error)"
            if text.contains("Address already in use") || text.contains("errno: 98") {
                throw Failure(
                    description:
                        "port \(options.port) on \(host) is in use; pass another port (--port \(options.port + 1)) or --port 0 to pick a free one"
                )
            }
            if text.contains("Cannot assign requested address") || text.contains("errno: 99") {
                throw Failure(description: "cannot listen on \(host): no such address on this machine; check --host")
            }
            throw error
        }
    }

    static var quietLogger: Logger {
        var logger = Logger(label: "gazette.serve")
        logger.logLevel = .warning
        return logger
    }

    static func describe(_ outcome: RebuildOutcome, initial: Bool) -> String {
        if !outcome.errors.isEmpty {
            return (["Build failed (\(outcome.milliseconds) ms); still serving the last good build:"] + outcome.errors)
                .joined(separator: "\n")
        }
        let warnings =
            outcome.warnings == 0
            ? "" : " (\(outcome.warnings) warning\(outcome.warnings == 1 ? "" : "s"); gazette check lists them)"
        if initial { return "Built \(outcome.rendered) files in \(outcome.milliseconds) ms" + warnings }
        let what = outcome.cssOnly ? "stylesheet" : outcome.all ? "all pages" : "\(outcome.urls.count) URLs"
        let stages = outcome.stages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value) ms" }.joined(
            separator: ", ")
        return
            "Rebuilt in \(outcome.milliseconds) ms (\(stages)): \(outcome.rendered) files rendered, reloading \(what)"
    }
}
