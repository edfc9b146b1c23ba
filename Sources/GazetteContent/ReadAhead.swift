import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Asks the kernel to start reading files the loader is about to read, on a thread of its own.
///
/// The page cache of this machine's kind does not keep a corpus between builds (memory is
/// reclaimed proactively), and the loader's threads then sat in `read` for a tenth of loading.
/// Read-ahead requests for every file, made in the order the loader reads them, keep the disk
/// busy while the cores parse.
enum ReadAhead {
    /// Starts read-ahead for the files at `paths`, in order; returns at once.
    static func start(_ paths: [String]) {
        #if os(Linux)
            DispatchQueue(label: "gazette.read-ahead", qos: .utility).async {
                for path in paths {
                    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
                    guard descriptor >= 0 else { continue }
                    _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
                    close(descriptor)
                }
            }
        #endif
    }
}
