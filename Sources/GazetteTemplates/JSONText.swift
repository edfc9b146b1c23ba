import GazetteMarkdown

/// JSON text for small, known shapes (JSON-LD), written directly as UTF-8: `JSONSerialization`
/// boxes every value and was a twentieth of a build, and joining a string per member still
/// cost a fifth of an article page's context.
struct JSONText {
    private var bytes: [UInt8] = []
    /// Whether the innermost open object or array has a member yet.
    private var hasMembers: [Bool] = []

    init() {
        bytes.reserveCapacity(1024)
    }

    /// The JSON written so far.
    var text: String { bytes.withUnsafeBufferPointer { String(validUTF8: $0) } }

    /// An object: members written by `body`, in the order it writes them.
    mutating func object(_ body: (inout JSONText) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// A member whose value is an object.
    mutating func object(_ key: String, _ body: (inout JSONText) -> Void) {
        name(key)
        object(body)
    }

    /// A member whose value is a schema.org thing with a type and a name.
    mutating func named(_ key: String, _ type: String, _ name: String) {
        object(key) { thing in
            thing.string("@type", type)
            thing.string("name", name)
        }
    }

    /// A member whose value is a string.
    mutating func string(_ key: String, _ value: String) {
        name(key)
        appendQuoted(value)
    }

    /// A member whose value is an array of strings.
    mutating func strings(_ key: String, _ values: [String]) {
        name(key)
        open(UInt8(ascii: "["))
        for value in values {
            separate()
            appendQuoted(value)
        }
        close(UInt8(ascii: "]"))
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        hasMembers.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        hasMembers.removeLast()
    }

    private mutating func separate() {
        if hasMembers.last == true { bytes.append(UInt8(ascii: ",")) }
        if !hasMembers.isEmpty { hasMembers[hasMembers.count - 1] = true }
    }

    private mutating func name(_ key: String) {
        separate()
        appendQuoted(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Whether any byte is a control character, `"`, `\` or `/`, eight bytes at a time.
    private static func needsEscape(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = source.baseAddress else { return false }
        var index = 0
        while index + 8 <= source.count {
            let word = ByteWord.load(base + index)
            if ByteWord.hasByte(below: 0x20, in: word) != 0 || ByteWord.contains(Self.marks, in: word) {
                return true
            }
            index += 8
        }
        return source[index...].contains {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "/")
        }
    }

    /// `"`, `\` and `/`, which a JSON string in a `<script>` element may need escaped.
    private static let marks = ByteWord.Bytes(#""\/"#)

    /// Appends a JSON string literal, safe inside a `<script>` element (`</` is written `<\/`).
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { source in
            // Almost every value needs no escape at all.
            guard Self.needsEscape(source) else {
                bytes.append(contentsOf: source)
                return
            }
            var previous: UInt8 = 0
            for byte in source {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    bytes += [UInt8(ascii: "\\"), byte]
                case UInt8(ascii: "\n"): bytes += Array(#"\n"#.utf8)
                case UInt8(ascii: "\r"): bytes += Array(#"\r"#.utf8)
                case UInt8(ascii: "\t"): bytes += Array(#"\t"#.utf8)
                case UInt8(ascii: "/") where previous == UInt8(ascii: "<"): bytes += Array(#"\/"#.utf8)
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                default: bytes.append(byte)
                }
                previous = byte
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
