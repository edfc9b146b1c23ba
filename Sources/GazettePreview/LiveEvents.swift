import Foundation
import GazetteContent

/// Server-Sent Events to every open page: which URLs changed, whether only CSS changed, and the
/// errors of a failed rebuild.
public final class LiveEvents: Sendable {
    private let subscribers = Locked<[UUID: AsyncStream<String>.Continuation]?>([:])

    /// No subscribers yet.
    public init() {}

    /// A stream of SSE messages for one page; it ends when the page goes away.
    public func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0?.removeValue(forKey: id) }
        }
        let open = subscribers.withLock { subscribers in
            subscribers?[id] = continuation
            return subscribers != nil
        }
        if !open { continuation.finish() }
        return stream
    }

    /// Sends one event to every page.
    public func send(_ event: String, data: some Encodable) {
        let json = (try? JSONEncoder().encode(data)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let message = "event: \(event)\ndata: \(json)\n\n"
        for continuation in subscribers.withLock({ Array(($0 ?? [:]).values) }) { continuation.yield(message) }
    }

    /// Ends every stream and refuses new ones, so the server can shut down while pages listen.
    public func close() {
        let open = subscribers.withLock { subscribers in
            defer { subscribers = nil }
            return Array((subscribers ?? [:]).values)
        }
        for continuation in open { continuation.finish() }
    }

    /// How many pages listen.
    public var count: Int { subscribers.withLock { $0?.count ?? 0 } }
}
