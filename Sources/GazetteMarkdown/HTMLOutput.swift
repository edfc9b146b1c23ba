/// A growing UTF-8 byte buffer with the escaping rules of cmark's HTML renderer.
struct HTMLOutput {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The output as a string: the bytes are copied from strings and ASCII, so they need no validation.
    var string: String { bytes.withUnsafeBufferPointer { String(validUTF8: $0) } }

    /// Starts a new line unless the output is empty or already at one (cmark's `cr`).
    mutating func newlineIfNeeded() {
        if let last = bytes.last, last != UInt8(ascii: "\n") {
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    mutating func write(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ number: Int) {
        write(String(number))
    }

    /// Writes text with `&`, `<`, `>` and `"` escaped, copying unescaped runs whole.
    ///
    /// Eight bytes at a time are checked for any of the four at once, as most text has none.
    mutating func writeEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            guard let base = source.baseAddress else { return }
            var runStart = 0
            var index = 0
            while index < source.count {
                if index + 8 <= source.count,
                    !ByteWord.contains(Self.escaped, in: ByteWord.load(base + index))
                {
                    index += 8
                    continue
                }
                let replacement: StaticString
                switch source[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                write(replacement)
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
        }
    }

    /// The bytes `writeEscaped` replaces.
    private static let escaped = ByteWord.Bytes("\"&<>")

    /// Writes a URL as cmark's `houdini_escape_href` does: safe bytes as they are, `&` and `'`
    /// as entities, everything else percent-encoded.
    mutating func writeEscapedHref(_ url: String) {
        var url = url
        url.withUTF8 { source in
            var runStart = 0
            for index in source.indices {
                let byte = source[index]
                if Self.hrefSafe[Int(byte)] { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                switch byte {
                case UInt8(ascii: "&"): write("&amp;")
                case UInt8(ascii: "'"): write("&#x27;")
                default:
                    bytes.append(UInt8(ascii: "%"))
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The bytes cmark leaves unescaped in URLs.
    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~".utf8 {
            table[Int(byte)] = true
        }
        return table
    }()
}
