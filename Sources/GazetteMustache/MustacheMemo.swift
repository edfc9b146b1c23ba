import Foundation

/// Rendered section iterations kept between render calls, so an object that many pages list
/// (an article's list item, its related-reading reference) renders once per template place.
///
/// A kept iteration is reused only when it would render the same bytes again: the same object
/// (the same dictionary storage, one of those the memo was made for and holds),
/// at the same instruction of the same template, with the same indentation, and with every name
/// it looked up below the object's frame resolving to the same value in the render's context.
/// An iteration that looked a name up in a frame between the context and the object, or that
/// expanded an inheritance block (whose content depends on the calls around it), is not kept.
///
/// One memo may serve renders on many threads at once; it is meant for one build, as it keeps
/// what it holds until it is released.
public final class MustacheMemo: @unchecked Sendable {
    /// A template place and the object rendered there.
    struct Key: Hashable {
        var slot: Int32
        var instruction: Int32
        var object: Int
    }

    /// A name an iteration found, or did not find, in the render's context.
    struct Dependency {
        var name: String
        var rootKey: Int32
        var value: MustacheValue?
    }

    /// One kept iteration.
    final class Entry {
        let indentation: [UInt8]
        let dependencies: [Dependency]
        let bytes: [UInt8]
        /// Partials, parents and blocks the iteration expanded, and how deep it nested them.
        let expansions: Int
        let depth: Int

        init(indentation: [UInt8], dependencies: [Dependency], bytes: [UInt8], expansions: Int, depth: Int) {
            self.indentation = indentation
            self.dependencies = dependencies
            self.bytes = bytes
            self.expansions = expansions
            self.depth = depth
        }
    }

    /// Part of the kept iterations behind a lock of its own, so renders on other threads seldom wait.
    private final class Shard {
        let lock = NSLock()
        var entries: [Key: Entry] = [:]
        var storedBytes = 0
        var hits = 0
    }

    /// The objects whose iterations are kept, by storage address; held, so no other dictionary can
    /// take an address while the memo lives.
    private let objects: [MustacheValue]
    private let keepable: Set<Int>
    private let shards: [Shard]
    private let shardByteLimit: Int

    /// A memo that keeps iterations of the given objects only (other values render as usual),
    /// at most `byteLimit` bytes of them in all.
    ///
    /// Pass the objects that many pages show: a kept iteration pays off only when it is found again.
    public init(keeping objects: [MustacheValue], byteLimit: Int = 64 << 20) {
        self.objects = objects
        var keepable = Set<Int>(minimumCapacity: objects.count)
        for case .object(let object) in objects {
            if let identity = Self.identity(of: object) { keepable.insert(identity) }
        }
        self.keepable = keepable
        shards = (0..<16).map { _ in Shard() }
        shardByteLimit = byteLimit / 16
    }

    /// How many iterations were rendered from the memo instead of from the template.
    public var hits: Int {
        shards.reduce(0) { total, shard in
            shard.lock.lock()
            defer { shard.lock.unlock() }
            return total + shard.hits
        }
    }

    /// Whether iterations of the object with this storage address are kept.
    @inline(__always)
    func keeps(_ identity: Int) -> Bool {
        keepable.contains(identity)
    }

    private func shard(_ key: Key) -> Shard {
        shards[(key.object >> 4 ^ Int(key.instruction)) & 15]
    }

    func entry(_ key: Key) -> Entry? {
        let shard = shard(key)
        shard.lock.lock()
        defer { shard.lock.unlock() }
        return shard.entries[key]
    }

    func countHits(_ count: Int) {
        guard count > 0 else { return }
        let shard = shards[0]
        shard.lock.lock()
        shard.hits += count
        shard.lock.unlock()
    }

    func store(_ entry: Entry, for key: Key) {
        let shard = shard(key)
        shard.lock.lock()
        defer { shard.lock.unlock() }
        guard shard.storedBytes + entry.bytes.count <= shardByteLimit, shard.entries[key] == nil else { return }
        shard.storedBytes += entry.bytes.count
        shard.entries[key] = entry
    }

    /// The address of a dictionary's storage, which identifies it while the dictionary lives;
    /// nil where a dictionary is not a single reference (never on the platforms Gazette builds for).
    @inline(__always)
    static func identity(of object: [String: MustacheValue]) -> Int? {
        guard MemoryLayout<[String: MustacheValue]>.size == MemoryLayout<UnsafeRawPointer>.size else { return nil }
        return Int(bitPattern: unsafeBitCast(object, to: UnsafeRawPointer.self))
    }
}
