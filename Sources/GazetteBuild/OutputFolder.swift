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
    /// The folders `prepareFolders` is still making.
    private let folderWork = DispatchGroup()

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

    /// Creates the folders that hold other folders now, parents first, and the rest on a
    /// thread of their own while pages render, in the order the pages come; a page whose folder
    /// is not there yet makes it itself (`FileWriter.store`).
    ///
    /// A new folder costs ext4 a scan of every block group when its parent is marked "top"
    /// (about 50–80 µs): the leaves are made in batches (`FileWriter.makeFolders(_:by:)`), one
    /// scan a batch, alongside the renderers. The marks stay for the folders pages make
    /// themselves: without them the folders fill the block groups the previous build used,
    /// whose freed inodes ext4 steps over one by one for minutes after a delete.
    public func prepareFolders(for paths: [String]) async {
        var seen = Set<String>()
        var leaves: [String] = []
        var parents = Set<String>()
        for path in paths {
            guard let slash = path.lastIndex(of: "/") else { continue }
            let folder = String(path[..<slash])
            guard seen.insert(folder).inserted else { continue }
            leaves.append(folder)
            var above = folder[...]
            while let slash = above.lastIndex(of: "/") {
                above = above[..<slash]
                guard parents.insert(String(above)).inserted else { break }
            }
        }
        let root = stagingPath
        for parent in parents.sorted(by: { $0.utf8.count < $1.utf8.count }) {
            FileWriter.makeFolder(root + "/" + parent)
            // Folders of many folders (posts/2026/) spread their children over block groups too.
            _ = gazette_mark_top_directory(root + "/" + parent)
        }
        leaves.removeAll { parents.contains($0) }
        let ordered = leaves.map { root + "/" + $0 }
        // Named at random: ext4 starts its search for a top directory's child at a hash of the name.
        let scratch = root + "/.gazette-folders-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + "-"
        folderWork.enter()
        // A queue of its own, outside the pool of tasks that render: `mkdir` blocks.
        DispatchQueue(label: "gazette.folders").async { [folderWork] in
            for (number, start) in stride(from: 0, to: ordered.count, by: Self.foldersPerBatch).enumerated() {
                let batch = Array(ordered[start..<min(start + Self.foldersPerBatch, ordered.count)])
                FileWriter.makeFolders(batch, by: scratch + String(number))
            }
            folderWork.leave()
        }
    }

    /// How many folders share one scratch folder, and so one block group: few enough that the
    /// freed inodes a later build meets there are few.
    static let foldersPerBatch = 16

    /// An empty file a repository keeps in its output folder so the folder exists in a fresh clone;
    /// builds keep it where they find it.
    static let placeholder = ".gitkeep"

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
        folderWork.wait()
        let manager = FileManager.default
        let old = staging.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(destination.lastPathComponent).gazette-old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: old)
        if manager.fileExists(atPath: destination.appendingPathComponent(Self.placeholder).path) {
            _ = manager.createFile(atPath: staging.appendingPathComponent(Self.placeholder).path, contents: Data())
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
        folderWork.wait()
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
