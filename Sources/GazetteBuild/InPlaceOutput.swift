import Foundation
import GazetteContent

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output folder updated in place by an incremental build: each changed file is written
/// beside its old version and renamed over it, so a reader never sees half a page.
final class InPlaceOutput: FileOutput, Sendable {
    let root: String

    init(folder: URL) {
        root = folder.standardizedFileURL.path
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        guard Permalink.problem(with: path) == nil, !path.hasPrefix("/"), !path.isEmpty else {
            throw OutputError.unsafePath(path)
        }
        let file = root + "/" + path
        let temporary = file + ".gazette-new"
        guard FileWriter.store(bytes, to: temporary) == nil, rename(temporary, file) == 0 else {
            unlink(temporary)
            throw OutputError.cannotWrite(file)
        }
    }

    func copy(_ source: URL, to path: String) throws {
        guard Permalink.problem(with: path) == nil, !path.hasPrefix("/") else { throw OutputError.unsafePath(path) }
        let bytes = [UInt8](try Data(contentsOf: source))
        try write(bytes, to: path)
    }

    /// Every file in the folder, relative paths.
    func files() -> [String] {
        var files: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            guard let directory = opendir(folder.isEmpty ? root : root + "/" + folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                if Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                    folders.append(relative)
                } else {
                    files.append(relative)
                }
            }
        }
        return files
    }

    /// Deletes every file the build does not want, whoever put it there, except the repository's
    /// placeholder, which a clean build keeps too: both kinds of build leave the same folder.
    func removeFiles(unless wanted: (String) -> Bool) {
        for path in files() where path != OutputFolder.placeholder && !wanted(path) {
            remove(path)
        }
    }

    /// Deletes a file the new build no longer has, and its folder when that is left empty.
    private func remove(_ path: String) {
        guard Permalink.problem(with: path) == nil, !path.hasPrefix("/"), !path.isEmpty else { return }
        unlink(root + "/" + path)
        var folder = path[...]
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            // rmdir refuses folders that still hold something, which ends the walk up.
            guard rmdir(root + "/" + folder) == 0 else { break }
        }
    }
}
