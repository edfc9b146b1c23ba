import Foundation
import GazetteContent

/// `.gazette-manifest.json`: a hash of every published file, so a publish knows what changed and
/// a target made by Gazette can be told from one that was not.
public struct Manifest: Codable, Sendable, Equatable {
    /// The manifest's own file name, at the root of the output.
    public static let fileName = ".gazette-manifest.json"

    /// Who wrote it.
    public var generator: String
    /// Path → hash (hex), for every file but the manifest.
    public var files: [String: String]

    /// What differs from an older manifest.
    public struct Changes: Sendable, Equatable {
        /// New files.
        public var added: [String]
        /// Files whose content changed.
        public var changed: [String]
        /// Files that are gone.
        public var removed: [String]

        /// True when nothing differs.
        public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
    }

    /// Hashes every file under `folder`.
    public static func make(for folder: URL, generator: String = "Gazette 0.1") throws -> Manifest {
        var files: [String: String] = [:]
        for path in try Self.files(in: folder) where path != fileName {
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
            files[path] = String(StableHasher.hash(data), radix: 16)
        }
        return Manifest(generator: generator, files: files)
    }

    /// The manifest of a published folder, nil when it has none.
    public static func read(from folder: URL) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return nil
        }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    /// Writes the manifest into `folder`.
    public func write(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: folder.appendingPathComponent(Self.fileName))
    }

    /// What this manifest adds, changes and removes compared with `old`.
    public func changes(since old: Manifest?) -> Changes {
        let before = old?.files ?? [:]
        return Changes(
            added: files.keys.filter { before[$0] == nil }.sorted(),
            changed: files.keys.filter { before[$0] != nil && before[$0] != files[$0] }.sorted(),
            removed: before.keys.filter { files[$0] == nil }.sorted())
    }

    /// Relative paths of the regular files under a folder, sorted.
    static func files(in folder: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
