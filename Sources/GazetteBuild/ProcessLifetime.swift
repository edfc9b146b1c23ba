import GazetteContent

/// Values kept, never freed, until the process ends (`BuildOptions.keepsSiteUntilExit`): a
/// one-shot `gazette build` exits right after its build, and freeing the site's millions of
/// small values one by one took as long as a tenth of the build. Clang's `-disable-free` does
/// the same.
enum ProcessLifetime {
    private static let kept = Locked<[any Sendable]>([])

    /// Keeps `value` alive until the process ends.
    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
