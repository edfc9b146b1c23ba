import Foundation

/// An output folder on disk: pages are written, assets copied.
protocol FileOutput: PageSink {
    /// Copies a file into the output.
    func copy(_ source: URL, to path: String) throws
}

extension OutputFolder: FileOutput {}
