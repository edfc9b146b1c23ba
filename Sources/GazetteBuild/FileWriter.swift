#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes whole files with plain system calls: open, write, close, and a `mkdir` only when the
/// folder is missing. Foundation's `createFile` adds attribute lookups and an `fsync` per file,
/// which cost more than rendering the page.
enum FileWriter {
    /// Writes `bytes` to the file at `path`, creating missing folders; returns the `errno` of a failure.
    static func store(_ bytes: [UInt8], to path: String) -> Int32? {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            guard makeFolders(parentOf: path) else { return errno }
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// Creates one folder whose parent exists; an existing folder is fine.
    static func makeFolder(_ path: String) {
        _ = mkdir(path, 0o755)
    }

    /// Creates the folders above `path`, parents first; a folder another thread made meanwhile is fine.
    static func makeFolders(parentOf path: String) -> Bool {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return true }
        let folder = String(path[..<slash])
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return true }
        guard errno == ENOENT, makeFolders(parentOf: folder) else { return false }
        return mkdir(folder, 0o755) == 0 || errno == EEXIST
    }
}
