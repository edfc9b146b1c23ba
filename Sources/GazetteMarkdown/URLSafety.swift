/// cmark's test for URLs that safe rendering empties (`_scan_dangerous_url`).
enum URLSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"]
    private static let safeImageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// True for `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs, in any letter case.
    static func isDangerous(_ url: String) -> Bool {
        let utf8 = url.utf8
        guard dangerousSchemes.contains(where: { hasPrefix(utf8, $0) }) else { return false }
        return !safeImageData.contains(where: { hasPrefix(utf8, $0) })
    }

    private static func hasPrefix(_ utf8: String.UTF8View, _ prefix: String) -> Bool {
        var iterator = utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = iterator.next() else { return false }
            let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            if lowered != expected { return false }
        }
        return true
    }
}
