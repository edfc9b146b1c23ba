/// Thrown when a run found errors: carries every diagnostic of the run, not only the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics of the run, errors and warnings, sorted for display.
    public var diagnostics: [Diagnostic]

    /// Creates the error from a run's diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedForDisplay()
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
