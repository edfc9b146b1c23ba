/// A problem found in a site's files, printed compiler-style: `Content/a.md:3:7: error: …`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The build fails.
        case error
        /// The build goes on; the output may not be what the writer meant.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Error or warning.
    public var severity: Severity
    /// The file, relative to the site folder (`Content/2026/talks.md`).
    public var file: String
    /// The 1-based line, nil when the problem concerns the whole file.
    public var line: Int?
    /// The 1-based column in characters, nil when unknown.
    public var column: Int?
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Creates an error.
    public static func error(_ file: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, message)
    }

    /// Creates a warning.
    public static func warning(_ file: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, message)
    }

    /// `file:line:column: severity: message`, the form editors and terminals make clickable.
    public var description: String {
        var bytes: [UInt8] = []
        write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `description` to `bytes`, for printing thousands without a string each.
    public func write(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: file.utf8)
        if let line {
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: String(line).utf8)
            if let column {
                bytes.append(UInt8(ascii: ":"))
                bytes.append(contentsOf: String(column).utf8)
            }
        }
        bytes.append(contentsOf: ": ".utf8)
        bytes.append(contentsOf: severity.rawValue.utf8)
        bytes.append(contentsOf: ": ".utf8)
        bytes.append(contentsOf: message.utf8)
    }

    /// Whether `a` comes before `b` in display order: file, line, column, severity, message.
    static func displaysBefore(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        // Field by field: building two tuples of strings per comparison cost more than the sort.
        if a.file != b.file { return a.file < b.file }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        if (a.column ?? 0) != (b.column ?? 0) { return (a.column ?? 0) < (b.column ?? 0) }
        if a.severity != b.severity { return a.severity.rawValue < b.severity.rawValue }
        return a.message < b.message
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line and column, so output is the same whatever the scheduling.
    public func sortedForDisplay() -> [Diagnostic] {
        // A report's list is sorted once and printed later: one pass tells, and copies nothing.
        if indices.dropFirst().allSatisfy({ !Diagnostic.displaysBefore(self[$0], self[$0 - 1]) }) { return self }
        return sorted(by: Diagnostic.displaysBefore)
    }
}
