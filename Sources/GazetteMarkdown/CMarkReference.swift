import CCMark

/// cmark's own HTML renderer and version, the reference our renderer is checked against.
@_spi(Reference)
public enum CMarkReference {
    /// The HTML `cmark_render_html` makes of `markdown` with the same options Gazette would use.
    public static func renderHTML(_ markdown: some Collection<UInt8>, options: MarkdownOptions = []) -> String {
        let flags = options.cmarkFlags
        return Array(markdown).withUnsafeBufferPointer { buffer in
            guard let root = parseCMarkDocument(buffer, flags: flags) else { return "" }
            defer { cmark_node_free(root) }
            return takeCMarkString(cmark_render_html(root, flags))
        }
    }
}

/// The version of the cmark library Gazette is linked with, such as `0.30.2`.
public var cmarkVersion: String {
    cmark_version_string().map { String(cString: $0) } ?? "unknown"
}
