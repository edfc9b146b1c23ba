import GazetteContent

/// Settings for a process that runs one build and exits (`BuildOptions.keepsSiteUntilExit`).
enum ProcessLifetime {
    private static let kept = Locked<[any Sendable]>([])

    /// Keeps `value` alive until the process ends: freeing the site's millions of small values
    /// one by one took as long as a tenth of the build. Clang's `-disable-free` does the same.
    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
