/// Finds where a file stops being valid UTF-8, so the error can name the line and column.
enum UTF8Validation {
    /// The first invalid byte with its 1-based line and character column, or nil for valid text.
    static func firstInvalidByte(in bytes: [UInt8]) -> (byte: UInt8, line: Int, column: Int)? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let width = UTF8.width(scalar)
                offset += width
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                consumed = offset
            case .emptyInput:
                return nil
            case .error:
                let byte = consumed < bytes.count ? bytes[consumed] : 0
                return (byte, line, column)
            }
        }
    }
}
