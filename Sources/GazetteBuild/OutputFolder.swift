import CSystemShims
import Foundation
import GazetteContent

/// The output folder, written atomically: files go to a staging folder beside it, which replaces
/// the old output only when the whole build succeeded.
public final class OutputFolder: PageSink, Sendable {
    /// The final output folder (`Public/`).
    public let destination: URL
    /// Where this build writes before the swap.
    public let staging: URL
    private let stagingPath: String

    /// Creates a staging folder beside `destination`.
    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        let name = self.destination.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).gazette-staging-\(ProcessInfo.processInfo.processIdentifier)")
        stagingPath = staging.path
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        // A hint only: where the file system has no such flag, nothing changes.
        _ = gazette_mark_top_directory(stagingPath)
    }

    /// Writes a file inside the staging folder; paths that would leave it are refused.
    public func write(_ bytes: [UInt8], to path: String) throws {
        guard Permalink.problem(with: path) == nil, !path.hasPrefix("/"), !path.isEmpty else {
            throw OutputError.unsafePath(path)
        }
        let file = stagingPath + "/" + path
        if FileWriter.store(bytes, to: file) != nil { throw OutputError.cannotWrite(file) }
    }

    /// Creates every folder the files need before they are written, parents first, two
    /// folders' children at a time: `mkdir` in one parent serializes on the parent's lock, and
    /// the page writers then need no `mkdir` at all.
    public func prepareFolders(for paths: [String]) async {
        var folders = Set<String>()
        for path in paths {
            var folder = path[...]
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        // By parent, then the parents split between two workers, largest first.
        var byParent: [String: [String]] = [:]
        for folder in folders {
            let parent = folder.lastIndex(of: "/").map { String(folder[..<$0]) } ?? ""
            byParent[parent, default: []].append(folder)
        }
        let depth: (String) -> Int = { $0.isEmpty ? 0 : $0.split(separator: "/").count }
        let levels = Dictionary(grouping: byParent.keys, by: depth)
        let root = stagingPath
        for level in levels.keys.sorted() {
            // Folders of many folders (posts/2026/) spread their children over block groups too.
            for parent in levels[level, default: []] where !parent.isEmpty {
                _ = gazette_mark_top_directory(root + "/" + parent)
            }
            var shares: [[String]] = [[], []]
            for parent in levels[level, default: []].sorted(by: {
                byParent[$0, default: []].count > byParent[$1, default: []].count
            }) {
                let lighter = shares[0].count <= shares[1].count ? 0 : 1
                shares[lighter] += byParent[parent, default: []]
            }
            await withTaskGroup(of: Void.self) { group in
                for share in shares where !share.isEmpty {
                    group.addTask {
                        for folder in share { FileWriter.makeFolder(root + "/" + folder) }
                    }
                }
            }
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
