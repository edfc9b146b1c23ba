import ServiceLifecycle

/// Closes the live-reload streams when the server shuts down (Ctrl-C, SIGTERM); otherwise an
/// open page would keep the graceful shutdown waiting forever.
struct LiveEventsService: Service {
    let events: LiveEvents

    func run() async throws {
        try? await gracefulShutdown()
        events.close()
    }
}
