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

    /// Creates folders whose parents exist, each first inside `scratch` (made here, in a parent
    /// marked as a top directory) and then renamed into place; `scratch` is removed at the end.
    ///
    /// Where ext4 puts a folder depends on its parent: under a top directory it scans every
    /// block group for the emptiest (about 50 µs a folder on a disk of 2,000 groups), elsewhere it
    /// stays in the parent's group. A scratch folder per batch pays the scan once and keeps the
    /// batch together in a group of its own, so a build still spreads over the disk instead of
    /// filling the groups whose inodes the previous build just freed. A folder that is already
    /// there (a page made it) stays: `rename` only replaces an empty one.
    static func makeFolders(_ paths: [String], by scratch: String) {
        guard mkdir(scratch, 0o755) == 0 else {
            for path in paths { makeFolder(path) }
            return
        }
        for (index, path) in paths.enumerated() {
            let temporary = scratch + "/" + String(index)
            guard mkdir(temporary, 0o755) == 0 else {
                makeFolder(path)
                continue
            }
            if rename(temporary, path) != 0 {
                _ = rmdir(temporary)
                makeFolder(path)
            }
        }
        _ = rmdir(scratch)
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
