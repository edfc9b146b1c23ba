import Foundation
import GazetteContent

/// Prints diagnostics compiler-style to standard error.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(diagnostics.count * 128)
        for diagnostic in diagnostics.sortedForDisplay() {
            diagnostic.write(to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        FileHandle.standardError.write(Data(bytes))
    }

    static func printLine(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
