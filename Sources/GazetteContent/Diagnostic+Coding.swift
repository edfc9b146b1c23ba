extension Diagnostic {
    /// Writes the diagnostic for the build cache.
    public func write(to writer: inout ByteWriter) {
        writer.write(severity == .error)
        writer.write(file)
        writer.write(line)
        writer.write(column)
        writer.write(message)
    }

    /// Reads what `write(to:)` wrote.
    public init(from reader: inout ByteReader) throws {
        let severity: Severity = try reader.readBool() ? .error : .warning
        self.init(
            severity, file: try reader.readString(), line: try reader.readOptionalInt(),
            column: try reader.readOptionalInt(), try reader.readString())
    }
}
