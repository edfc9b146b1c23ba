/// JSON text for small, known shapes (JSON-LD), written directly: `JSONSerialization` boxes every
/// value and was a twentieth of a build.
enum JSONText {
    /// Appends a JSON string literal, safe inside a `<script>` element (`</` is written `<\/`).
    static func appendQuoted(_ text: String, to out: inout String) {
        out.append("\"")
        var text = text
        let clean = text.withUTF8 { bytes in
            !bytes.contains {
                $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "/")
            }
        }
        // Almost every value needs no escape at all.
        if clean {
            out.append(text)
        } else {
            var previous: Unicode.Scalar = " "
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\r": out.append("\\r")
                case "\t": out.append("\\t")
                case "/" where previous == "<": out.append("\\/")
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: out.unicodeScalars.append(scalar)
                }
                previous = scalar
            }
        }
        out.append("\"")
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    /// A JSON object from members in the given order; values are already JSON text.
    static func object(_ members: [(String, String)]) -> String {
        var out = "{"
        for (index, member) in members.enumerated() {
            if index > 0 { out.append(",") }
            appendQuoted(member.0, to: &out)
            out.append(":")
            out.append(member.1)
        }
        out.append("}")
        return out
    }
}
