/// One step of a compiled template.
///
/// Templates compile to a flat array of these plain values rather than a tree of enums with
/// payloads, so the renderer walks memory without reference counting. Elements with a body
/// (sections, parents, blocks, arguments) keep the body in the instructions that follow them,
/// up to `end`.
///
/// The fields mean, per opcode:
///
/// | opcode | a | b | c ..< d | e |
/// | --- | --- | --- | --- | --- |
/// | text | first byte | end byte | line starts | |
/// | indent | | | | |
/// | variable | first name | | root key, path key | name count |
/// | section, invertedSection | first name | end | root key, path key | name count |
/// | partial | partial | | indentation bytes | |
/// | dynamicPartial | first name | | indentation bytes | name count |
/// | parent | partial | end | indentation bytes | |
/// | dynamicParent | first name | end | indentation bytes | name count |
/// | block | block | end | indentation bytes | |
/// | argument | block | end | | |
///
/// Bytes index the template's byte pool, names its name pool, line starts its line-start pool.
/// A partial is a name index in a parsed template and a library slot once linked; a block is a
/// block-name index in a parsed template and a library-wide block number once linked. A root key
/// is the library-wide number of a dotted name's first part (-1 for `.`), a path key that of the
/// whole dotted name (-1 for names of one part), both set when linking.
struct MustacheInstruction: Sendable {
    /// What an instruction does.
    enum Opcode: UInt8, Sendable {
        /// Literal template bytes; indentation goes at the line starts when a partial is indented.
        case text
        /// A line of the template starts here with a tag, so indentation goes here.
        case indent
        /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
        case variable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case invertedSection
        /// `{{>name}}`.
        case partial
        /// `{{>*name}}`: the partial's name comes from the context.
        case dynamicPartial
        /// `{{<name}}`: its body holds the arguments.
        case parent
        /// `{{<*name}}`.
        case dynamicParent
        /// `{{$name}}` outside a parent: a parameter with default content in its body.
        case block
        /// `{{$name}}` directly inside a parent: content that replaces the parent's parameter.
        case argument
    }

    /// Bits of `flags`.
    enum Flag {
        /// A variable that escapes HTML.
        static let escaped: UInt8 = 1
        /// A partial or parent alone on its line: its template is indented by the line's indentation.
        static let standalone: UInt8 = 2
        /// A block whose expansion starts a line of output, so content that starts mid-line gets
        /// the indentation before its first line.
        static let siteAtLineStart: UInt8 = 4
        /// Block content whose first line shares the opening tag's line.
        static let startsMidLine: UInt8 = 8
        /// Block content whose first line is empty: no indentation for it.
        static let firstLineEmpty: UInt8 = 16
    }

    var opcode: Opcode
    var flags: UInt8 = 0
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var d: Int32 = 0
    var e: Int32 = 0

    /// Whether a flag bit is set.
    func has(_ flag: UInt8) -> Bool { flags & flag != 0 }

    /// The index after the body of an element.
    var end: Int { Int(b) }
}
