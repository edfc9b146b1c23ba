import CCMark

extension Document {
    /// Parses Markdown text with cmark and converts the tree into Swift values.
    public init(parsing markdown: String, options: MarkdownOptions = []) {
        var text = markdown
        // A string is valid UTF-8 already.
        self = text.withUTF8 { Document(parsing: $0, options: options, isValidUTF8: true) }
    }

    /// Parses Markdown bytes; invalid UTF-8 is replaced with U+FFFD, never a crash.
    public init(parsing bytes: some Collection<UInt8>, options: MarkdownOptions = []) {
        let parsed = bytes.withContiguousStorageIfAvailable {
            Document(parsing: $0, options: options, isValidUTF8: false)
        }
        self =
            parsed
            ?? Array(bytes).withUnsafeBufferPointer { Document(parsing: $0, options: options, isValidUTF8: false) }
    }

    /// Parses Markdown bytes the caller has checked are valid UTF-8: cmark skips its own check,
    /// a fifth of its parse of a Chinese article.
    public init(parsingValidUTF8 bytes: [UInt8], options: MarkdownOptions = []) {
        self = bytes.withUnsafeBufferPointer { Document(parsing: $0, options: options, isValidUTF8: true) }
    }

    /// Parses from a buffer; the cmark tree lives only for the duration of this call.
    init(parsing buffer: UnsafeBufferPointer<UInt8>, options: MarkdownOptions, isValidUTF8: Bool) {
        var flags = options.cmarkFlags
        if isValidUTF8 { flags &= ~CMARK_OPT_VALIDATE_UTF8 }
        guard let root = parseCMarkDocument(buffer, flags: flags) else {
            self.init(blocks: [])
            return
        }
        defer { cmark_node_free(root) }
        let columns = options.contains(.characterColumns) ? ColumnCounter(buffer) : nil
        self.init(blocks: CMarkTreeConverter(flags: flags, columns: columns).blocks(under: root, depth: 0))
    }
}

extension MarkdownOptions {
    /// The cmark option bits for parsing and for the reference renderer.
    var cmarkFlags: Int32 {
        var flags = CMARK_OPT_VALIDATE_UTF8
        if contains(.smart) { flags |= CMARK_OPT_SMART }
        if contains(.unsafe) { flags |= CMARK_OPT_UNSAFE }
        if contains(.sourcePositions) { flags |= CMARK_OPT_SOURCEPOS }
        return flags
    }
}
