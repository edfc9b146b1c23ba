import Foundation
import GazetteContent

/// The output folder, written atomically: files go to a staging folder beside it, which replaces
/// the old output only when the whole build succeeded.
public final class OutputFolder: PageSink, Sendable {
    /// The final output folder (`Public/`).
    public let destination: URL
    /// Where this build writes before the swap.
    public let staging: URL

    /// Creates a staging folder beside `destination`.
    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        let name = self.destination.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).gazette-staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Writes a file inside the staging folder; paths that would leave it are refused.
    public func write(_ bytes: [UInt8], to path: String) throws {
        guard Permalink.problem(with: path) == nil, !path.hasPrefix("/"), !path.isEmpty else {
            throw OutputError.unsafePath(path)
        }
        let url = staging.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
            throw OutputError.cannotWrite(url.path)
        }
    }

    /// Copies a file into the staging folder.
    public func copy(_ source: URL, to path: String) throws {
        guard Permalink.problem(with: path) == nil, !path.hasPrefix("/") else { throw OutputError.unsafePath(path) }
        let url = staging.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.copyItem(at: source, to: url)
    }

    /// Replaces the output folder with the staging folder: rename the old one away, rename the new
    /// one in, then delete the old one.
    public func commit() throws {
        let manager = FileManager.default
        let old = staging.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(destination.lastPathComponent).gazette-old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: old)
        // The repository keeps Public/.gitkeep so the folder exists in a fresh clone.
        if manager.fileExists(atPath: destination.appendingPathComponent(".gitkeep").path) {
            _ = manager.createFile(atPath: staging.appendingPathComponent(".gitkeep").path, contents: Data())
        }
        if manager.fileExists(atPath: destination.path) {
            try manager.moveItem(at: destination, to: old)
        }
        do {
            try manager.moveItem(at: staging, to: destination)
        } catch {
            try? manager.moveItem(at: old, to: destination)
            throw error
        }
        try? manager.removeItem(at: old)
    }

    /// Deletes the staging folder after a failed build; the old output stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}

/// Output failures.
public enum OutputError: Error, CustomStringConvertible {
    /// A path that would be written outside the output folder.
    case unsafePath(String)
    /// A file the system would not create.
    case cannotWrite(String)

    /// What went wrong, for the user.
    public var description: String {
        switch self {
        case .unsafePath(let path): return "refusing to write '\(path)': it is outside the output folder"
        case .cannotWrite(let path): return "cannot write '\(path)'; check the disk space and permissions"
        }
    }
}
