import Foundation

/// Maps a collection over all cores in a few large chunks, keeping the order of the input.
public enum ParallelMap {
    /// `transform` applied to every element, results in input order whatever the scheduling.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Many small chunks: articles differ in cost, and a core left with one long chunk at the
        // end idles the other.
        let chunkSize = max(1, (elements.count + workers * 32 - 1) / (workers * 32))
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            var chunkCount = 0
            for start in stride(from: 0, to: elements.count, by: chunkSize) {
                let chunk = Array(elements[start..<min(start + chunkSize, elements.count)])
                let index = chunkCount
                chunkCount += 1
                group.addTask { (index, chunk.map(transform)) }
            }
            var results = [[Result]](repeating: [], count: chunkCount)
            for await (index, mapped) in group { results[index] = mapped }
            return results.flatMap { $0 }
        }
    }
}
