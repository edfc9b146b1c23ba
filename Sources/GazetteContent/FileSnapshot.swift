import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes with the stamp they were read under, from one open, fstat, read and close:
/// FileManager's `contents(atPath:)` plus `attributesOfItem` made about a dozen system calls
/// per article.
struct FileSnapshot: Sendable {
    var bytes: [UInt8]
    var stamp: ArticleCache.Stamp
    var modified: Date

    /// Reads the file at `path`; nil when it cannot be opened or read.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        // A file that shrank while being read keeps what was there.
        if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
        self.bytes = bytes
        stamp = ArticleCache.Stamp(info)
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        modified = Date(timeIntervalSince1970: TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9)
    }
}
