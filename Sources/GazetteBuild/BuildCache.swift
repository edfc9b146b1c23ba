import Foundation
import GazetteContent
import GazetteEnrichment

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The on-disk cache of `gazette build` in `.gazette-cache/`: what each article contributes to
/// other pages (without its body), topic and link results, related lists, and the fingerprint of
/// every file the last build wrote. A rebuild parses only changed articles and renders only pages
/// whose fingerprint changed.
///
/// The cache is versioned and checksummed, and names the gazette binary and options that made it:
/// a corrupt, foreign or stale cache is ignored (and replaced), never trusted.
struct BuildCache: Sendable {
    /// Bumped whenever the format or what it means changes.
    static let formatVersion = 1
    static let magic = Array("GAZETTE-BUILD-CACHE\n".utf8)
    /// The file inside the output folder that says which build wrote it.
    static let stampFile = ".gazette-build"

    /// Which binary and options made it.
    var identity: UInt64
    /// A random id of the build, also written into the output folder.
    var buildID: UInt64
    /// Loaded articles by file, bodiless.
    var articles: ArticleCache
    /// Topics, links and related lists, read once the site's vocabulary is known.
    var enrichmentBytes: [UInt8]
    /// Output path → fingerprint, for every file written.
    var manifest: [String: UInt64]

    /// The cache file of a site.
    static func file(in folder: URL) -> URL {
        folder.appendingPathComponent("build.bin")
    }

    /// The identity of a build: this format, this gazette binary, and options that change output.
    static func identity(options: BuildOptions) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(formatVersion)
        var info = stat()
        // The binary itself: a rebuilt gazette may render differently, so its cache is stale.
        if stat("/proc/self/exe", &info) == 0 || stat(CommandLine.arguments.first ?? "", &info) == 0 {
            hasher.combine(Int(info.st_size))
            #if canImport(Darwin)
                hasher.combine(Int(info.st_mtimespec.tv_sec))
                hasher.combine(Int(info.st_mtimespec.tv_nsec))
            #else
                hasher.combine(Int(info.st_mtim.tv_sec))
                hasher.combine(Int(info.st_mtim.tv_nsec))
            #endif
        }
        hasher.combine(options.includeDrafts ? "drafts" : "published")
        hasher.combine(options.baseURL ?? "")
        hasher.combine(options.outputFolder.standardizedFileURL.path)
        return hasher.value
    }

    /// Reads the cache; nil when it is missing, from another binary or options, or corrupt.
    static func read(from folder: URL, identity: UInt64) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: file(in: folder).path) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count > magic.count + 8, bytes.starts(with: magic) else { return nil }
        let body = Array(bytes[magic.count..<(bytes.count - 8)])
        var tail = ByteReader(Array(bytes.suffix(8)))
        guard let checksum = try? tail.readUInt64(), checksum == StableHasher.hash(body) else { return nil }
        var reader = ByteReader(body)
        do {
            guard try reader.readInt() == formatVersion, try reader.readUInt64() == identity else { return nil }
            let buildID = try reader.readUInt64()
            let settings = try reader.readUInt64()
            let records = try reader.readArray { reader -> ArticleCache.Record in
                let path = try reader.readString()
                let stamp = ArticleCache.Stamp(
                    size: try reader.readInt(), seconds: try reader.readInt(), nanoseconds: try reader.readInt(),
                    inode: try reader.readUInt64())
                let article = try reader.readOptional { try Article(summaryFrom: &$0) }
                let diagnostics = try reader.readArray { try Diagnostic(from: &$0) }
                return (path, stamp, article, diagnostics)
            }
            let manifest = try reader.readArray { (try $0.readString(), try $0.readUInt64()) }
            let enrichmentBytes = try reader.readBytes()
            guard reader.isAtEnd else { return nil }
            return BuildCache(
                identity: identity, buildID: buildID, articles: ArticleCache(settings: settings, records: records),
                enrichmentBytes: enrichmentBytes,
                manifest: Dictionary(manifest, uniquingKeysWith: { first, _ in first }))
        } catch {
            return nil
        }
    }

    /// The enrichment results, read with the vocabulary of the loaded site; nil when they do not fit it.
    func enrichment(vocabulary: TopicVocabulary) -> EnrichmentCache? {
        var byFile: [String: Article] = [:]
        for record in articles.records().records { if let article = record.article { byFile[article.file] = article } }
        var reader = ByteReader(enrichmentBytes)
        guard let cache = try? EnrichmentCache(from: &reader, vocabulary: vocabulary, articles: byFile), reader.isAtEnd
        else { return nil }
        return cache
    }

    /// Writes a cache atomically (a temporary file renamed over the old one).
    static func write(
        identity: UInt64, buildID: UInt64, articles: ArticleCache, enrichment: EnrichmentCache,
        manifest: [String: UInt64], to folder: URL
    ) throws {
        let (settings, records) = articles.records()
        // About 1.6 KB an article at 10,000 articles: reserved, so the buffer is not copied as it grows.
        var writer = ByteWriter(capacity: 4096 + records.count * 2048)
        writer.write(Self.formatVersion)
        writer.write(identity)
        writer.write(buildID)
        writer.write(settings)
        writer.write(records.sorted(by: { $0.path < $1.path })) { writer, record in
            writer.write(record.path)
            writer.write(record.stamp.size)
            writer.write(record.stamp.seconds)
            writer.write(record.stamp.nanoseconds)
            writer.write(record.stamp.inode)
            writer.write(record.article) { $1.writeSummary(to: &$0) }
            writer.write(record.diagnostics) { $1.write(to: &$0) }
        }
        writer.write(manifest.sorted(by: { $0.key < $1.key })) { writer, entry in
            writer.write(entry.key)
            writer.write(entry.value)
        }
        var enrichmentWriter = ByteWriter()
        enrichment.write(to: &enrichmentWriter)
        writer.write(bytes: enrichmentWriter.bytes)
        var checksum = ByteWriter()
        checksum.write(StableHasher.hash(writer.bytes))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent("build.bin.\(ProcessInfo.processInfo.processIdentifier)").path
        var bytes = Self.magic
        bytes.reserveCapacity(Self.magic.count + writer.bytes.count + 8)
        bytes += writer.bytes
        bytes += checksum.bytes
        guard FileWriter.store(bytes, to: temporary) == nil, rename(temporary, Self.file(in: folder).path) == 0 else {
            unlink(temporary)
            throw OutputError.cannotWrite(Self.file(in: folder).path)
        }
    }
}
