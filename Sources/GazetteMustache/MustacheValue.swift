/// A value templates render: only these cases, so lookups never need dynamic casts.
///
/// Numbers are not a case of their own: a view model formats them as strings, the way the page
/// should show them.
public enum MustacheValue: Sendable, Equatable {
    /// Nothing: falsy in sections, renders as nothing.
    case null
    /// A flag: `false` is falsy; interpolates as `true` or `false`.
    case bool(Bool)
    /// Text: `{{x}}` renders it HTML-escaped, `{{{x}}}` and `{{&x}}` raw. Truthy even when empty.
    case string(String)
    /// A list: a section repeats once per item; an empty list is falsy. Interpolates as nothing.
    case list([MustacheValue])
    /// Named values that dotted names and sections look into. Truthy even when empty; interpolates as nothing.
    case object([String: MustacheValue])

    /// Whether a section renders for this value (and an inverted section does not).
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .list(let items): return !items.isEmpty
        case .string, .object: return true
        }
    }
}

extension MustacheValue: ExpressibleByStringLiteral {
    /// A string value from a literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

/// A string value from an interpolated literal, as in `"Topic \(index)"`.
extension MustacheValue: ExpressibleByStringInterpolation {}

extension MustacheValue: ExpressibleByBooleanLiteral {
    /// A bool value from a literal.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension MustacheValue: ExpressibleByArrayLiteral {
    /// A list value from a literal.
    public init(arrayLiteral elements: MustacheValue...) {
        self = .list(elements)
    }
}

extension MustacheValue: ExpressibleByDictionaryLiteral {
    /// An object value from a literal; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension MustacheValue: ExpressibleByNilLiteral {
    /// The null value from `nil`.
    public init(nilLiteral: ()) {
        self = .null
    }
}
