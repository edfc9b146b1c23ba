/// Phrases that only make sense on paper (`扫码看视频`), reported by the build.
public enum PrintPhrases {
    /// Phrases recognised without configuration.
    public static let known = ["扫码看视频", "扫码观看视频", "扫码看直播", "扫码阅读全文", "扫码看更多", "扫描二维码", "扫二维码", "扫码关注"]

    /// The print-only phrase a stand-alone paragraph consists of, or nil.
    public static func phrase(in text: String, extra: [String]) -> String? {
        // Body paragraphs are long; a phrase is at most 24 characters plus some spaces.
        guard text.utf8.count <= 128 else { return nil }
        let trimmed = text.trimmedWhitespace
        guard !trimmed.isEmpty, trimmed.utf8.count <= 24 * 4, trimmed.hasAtMostCharacters(24) else { return nil }
        if let listed = (extra + known).first(where: { trimmed == $0 }) { return listed }
        if trimmed.utf8.containsBytes("扫码") || trimmed.utf8.containsBytes("二维码") { return String(trimmed) }
        return nil
    }
}
