import Foundation
import Testing

@testable import GazetteBuild

@Suite("output folder")
struct OutputFolderTests {
    /// A new empty folder in the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gazette-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every path under `folder`, relative, hidden ones included.
    static func entries(of folder: URL) -> Set<String> {
        Set(FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
    }

    @Test("folders made by way of a scratch folder land in place, and the scratch folder goes")
    func scratchFolders() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("posts"), withIntermediateDirectories: true)
        // A folder a page already made, with its page: it stays as it is.
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("posts/b"), withIntermediateDirectories: true)
        try Data("page".utf8).write(to: root.appendingPathComponent("posts/b/index.html"))

        FileWriter.makeFolders(["a", "b", "c"].map { root.path + "/posts/" + $0 }, by: root.path + "/.scratch")

        #expect(Self.entries(of: root) == ["posts", "posts/a", "posts/b", "posts/b/index.html", "posts/c"])
        #expect(try String(contentsOf: root.appendingPathComponent("posts/b/index.html"), encoding: .utf8) == "page")
    }

    @Test("a build's folders, in batches of several scratch folders, hold its pages and nothing else")
    func preparedFolders() async throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try OutputFolder(destination: root.appendingPathComponent("Public"))
        // More folders than one batch holds, in two parents, and one page at the top.
        let paths =
            (0..<(OutputFolder.foldersPerBatch * 2 + 3)).map {
                "posts/\($0 % 2 == 0 ? "2025" : "2026")/a\($0)/index.html"
            }
            + ["index.html"]
        await output.prepareFolders(for: paths)
        for path in paths { try output.write(Array(path.utf8), to: path) }
        try output.commit()

        let published = root.appendingPathComponent("Public")
        let files = Self.entries(of: published).filter { $0.hasSuffix(".html") }
        #expect(files == Set(paths))
        #expect(!Self.entries(of: published).contains { $0.contains(".gazette-folders") }, "no scratch folder is left")
        #expect(Self.entries(of: root).filter { !$0.hasPrefix("Public") }.isEmpty, "nothing beside the output")
    }
}
