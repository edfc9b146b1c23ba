import Foundation
import GazetteContent

/// What a successful build did.
public struct BuildReport: Sendable {
    /// Articles published.
    public var articles: Int
    /// HTML pages written.
    public var pages: Int
    /// All files of the site.
    public var files: Int
    /// Files rendered and written by this build (all of them unless the cache spared some).
    public var rendered: Int
    /// The pages that took longest to render, slowest first.
    public var slowest: [(path: String, seconds: Double)]
    /// Seconds spent rendering pages and writing them, summed over all cores.
    public var renderSeconds: Double, writeSeconds: Double
    /// Warnings of the run, sorted.
    public var diagnostics: [Diagnostic]
    /// Seconds per stage, in order.
    public var timings: [(stage: String, seconds: Double)]

    /// Wall time of the whole build.
    public var seconds: Double { timings.reduce(0) { $0 + $1.seconds } }

    /// `12 articles, 40 pages, 55 files, 3 warnings in 0.21 s`.
    public var summary: String {
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return
            "\(articles) articles, \(pages) pages, \(files) files, \(warnings) warning\(warnings == 1 ? "" : "s") in "
            + String(format: "%.2f s", seconds)
    }
}
