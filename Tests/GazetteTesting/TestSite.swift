import Foundation
import GazetteBuild
import GazetteContent

/// A site built from inline files in a temporary folder, for tests.
public struct TestSite: Sendable {
    /// The site folder.
    public let root: URL

    /// Writes `files` (path relative to the site folder → text) into a new temporary folder.
    public init(_ files: [String: String]) throws {
        try self.init(bytes: files.mapValues { Array($0.utf8) })
    }

    /// Writes files given as bytes (for invalid UTF-8).
    public init(bytes files: [String: [UInt8]]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-test-\(UUID().uuidString)")
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
    }

    /// Build options for this site, "now" fixed so future-dated checks are deterministic.
    public func options(drafts: Bool = false, baseURL: String? = nil) -> BuildOptions {
        var options = BuildOptions(site: root, includeDrafts: drafts, baseURL: baseURL)
        options.now = Date(timeIntervalSince1970: 1_800_000_000)
        return options
    }

    /// Builds the site into `Public/`.
    @discardableResult
    public func build(drafts: Bool = false, baseURL: String? = nil) async throws -> BuildReport {
        try await SiteBuilder(options: options(drafts: drafts, baseURL: baseURL)).build()
    }

    /// The diagnostics of a build that failed; an empty list when it succeeded.
    public func buildErrors() async -> [Diagnostic] {
        do {
            _ = try await build()
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return [.error("(build)", "\(error)")]
        }
    }

    /// The text of an output file, nil when it does not exist.
    public func output(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent("Public").appendingPathComponent(path).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes or replaces a file of the site.
    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every file under a folder of the site, relative paths with their bytes.
    public func snapshot(_ folder: String = "Public") -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [:] }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = base.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    /// The names in the folder that holds the site (to prove nothing was written beside it).
    public var siblings: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: root.path).sorted()) ?? []
    }

    /// Deletes the temporary folder.
    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The shared fixtures folder (`../shared/fixtures`) when present.
    public static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/fixtures")

    /// The seed article's text, nil when `../shared/` is absent.
    public static var seedArticle: String? {
        FileManager.default.contents(atPath: fixtures.appendingPathComponent("seed-article.md").path)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
