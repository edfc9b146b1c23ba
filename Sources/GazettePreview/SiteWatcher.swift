import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Watches the folders of a site and reports changed paths in bursts: an editor's save (write,
/// rename, attribute change) arrives as one batch once the files have been quiet for `quietMilliseconds`.
///
/// On Linux it uses inotify, so an edit is seen at once and an idle site costs nothing; elsewhere
/// it polls modification times.
public final class SiteWatcher: Sendable {
    /// How long, in milliseconds, the files must be quiet before a batch is delivered.
    public static let quietMilliseconds: Int32 = 30

    private let roots: [URL]
    private let stopped = Atomic<Bool>(false)

    /// Creates a watcher for folders (missing ones are skipped) and files.
    public init(roots: [URL]) {
        self.roots = roots
    }

    /// Batches of changed paths, until `stop()`.
    public func changes() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream(bufferingPolicy: .unbounded)
        let thread = Thread { [self] in
            #if canImport(Glibc)
                self.runInotify(continuation)
            #else
                self.runPolling(continuation)
            #endif
            continuation.finish()
        }
        thread.name = "gazette-watcher"
        thread.start()
        return stream
    }

    /// Ends the stream of changes.
    public func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    #if canImport(Glibc)
        private func runInotify(_ continuation: AsyncStream<Set<String>>.Continuation) {
            let fd = inotify_init1(Int32(IN_CLOEXEC))
            guard fd >= 0 else {
                runPolling(continuation)
                return
            }
            defer { close(fd) }
            var folders: [Int32: String] = [:]
            let mask = UInt32(
                IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
            func watch(_ path: String) {
                let descriptor = inotify_add_watch(fd, path, mask | UInt32(IN_ONLYDIR))
                guard descriptor >= 0 else { return }
                folders[descriptor] = path
                for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                where !child.hasPrefix(".") {
                    var isDirectory: ObjCBool = false
                    let full = path + "/" + child
                    if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                        watch(full)
                    }
                }
            }
            for root in roots {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    watch(root.path)
                } else {
                    // A file (site.yml) or a folder that does not exist yet: watch its parent.
                    watch(root.deletingLastPathComponent().path)
                }
            }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var pending = Set<String>()
            while !stopped.load(ordering: .relaxed) {
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let timeout: Int32 =
                    pending.isEmpty ? 200 : Self.quietMilliseconds
                let ready = poll(&poller, 1, timeout)
                if ready <= 0 {
                    if !pending.isEmpty {
                        continuation.yield(pending)
                        pending.removeAll()
                    }
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let (descriptor, eventMask, nameLength) = buffer.withUnsafeBytes { raw in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        return (event.wd, event.mask, Int(event.len))
                    }
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = buffer[nameStart..<(nameStart + nameLength)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    if eventMask & UInt32(IN_Q_OVERFLOW) != 0 {
                        // Events were lost: say so, and the next rebuild checks every file.
                        pending.insert(Self.eventsLost)
                    }
                    if let folder = folders[descriptor], !name.hasPrefix(".") || name == ".gitkeep" {
                        let path = name.isEmpty ? folder : folder + "/" + name
                        if !Self.isEditorScratch(name) { pending.insert(path) }
                        if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                            watch(path)
                        }
                    }
                    offset = nameStart + nameLength
                }
            }
        }
    #endif

    /// Put in a batch in place of the paths when the kernel dropped events.
    public static let eventsLost = ""

    /// Swap, backup and lock files editors write beside the real one.
    static func isEditorScratch(_ name: String) -> Bool {
        name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix(".#")
            || name == "4913"
    }

    /// The portable fallback: modification times of every file, compared every 100 ms.
    private func runPolling(_ continuation: AsyncStream<Set<String>>.Continuation) {
        func scan() -> [String: Date] {
            var times: [String: Date] = [:]
            for root in roots {
                let paths = FileManager.default.subpaths(atPath: root.path)?.map { root.path + "/" + $0 } ?? []
                for path in paths + [root.path] {
                    times[path] = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
                }
            }
            return times
        }
        var last = scan()
        while !stopped.load(ordering: .relaxed) {
            Thread.sleep(forTimeInterval: 0.1)
            let now = scan()
            let changed = Set(now.keys.filter { now[$0] != last[$0] }).union(Set(last.keys).subtracting(now.keys))
            if !changed.isEmpty { continuation.yield(changed) }
            last = now
        }
    }
}
