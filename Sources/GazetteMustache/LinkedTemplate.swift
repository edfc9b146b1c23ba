/// A template as a library holds it: partials resolved to library slots, block names to
/// library-wide numbers.
///
/// Instructions, bytes and line starts live in memory the template allocates once and frees in
/// `deinit`, so the renderer reads them through plain pointers: reading an array element or
/// appending an array slice would retain and release the array's storage every time, which cost
/// more than the rendering itself. Nothing writes to that memory after `init`, and a renderer
/// holds the templates it reads for as long as it reads them, which is what makes the pointers
/// safe to share across threads.
final class LinkedTemplate: @unchecked Sendable {
    let name: String
    /// Whether a template was registered under this name; a slot is also made for a partial that
    /// is named before (or without) being registered, and renders as nothing.
    let isRegistered: Bool
    let instructions: UnsafeMutableBufferPointer<MustacheInstruction>
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let lineStarts: UnsafeMutableBufferPointer<Int32>
    let names: UnsafeMutableBufferPointer<String>
    /// Static partial tags: the slot each names, and where the tag is.
    let references: [(slot: Int, line: Int, column: Int)]

    init(
        name: String, isRegistered: Bool, instructions: [MustacheInstruction] = [], bytes: [UInt8] = [],
        lineStarts: [Int32] = [], names: [String] = [], references: [(slot: Int, line: Int, column: Int)] = []
    ) {
        self.name = name
        self.isRegistered = isRegistered
        self.instructions = Self.copy(instructions)
        self.bytes = Self.copy(bytes)
        self.lineStarts = Self.copy(lineStarts)
        self.names = Self.copy(names)
        self.references = references
    }

    deinit {
        instructions.deallocate()
        bytes.deallocate()
        lineStarts.deallocate()
        names.deinitialize()
        names.deallocate()
    }

    /// A slot for a name that no template was registered under yet.
    static func placeholder(named name: String) -> LinkedTemplate {
        LinkedTemplate(name: name, isRegistered: false)
    }

    /// Values copied into memory of their own.
    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
    }
}
