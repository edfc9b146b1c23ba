extension MustacheParser {
    /// Appends an instruction; returns its index.
    @discardableResult
    mutating func emit(_ instruction: MustacheInstruction) -> Int {
        extendableText = nil
        code.instructions.append(instruction)
        return code.instructions.count - 1
    }

    /// Ends the body of the element at `index` here.
    mutating func endBody(of index: Int) {
        extendableText = nil
        code.instructions[index].b = Int32(code.instructions.count)
    }

    /// Appends literal text, marking the start of its line when it starts one.
    mutating func emitText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let first = source[range.lowerBound]
        let isLineBreak =
            first == UInt8(ascii: "\n")
            || (first == UInt8(ascii: "\r") && range.count == 2 && source[range.upperBound - 1] == UInt8(ascii: "\n"))
        let marksLineStart = atLineStart && !isLineBreak
        let offset = Int32(code.bytes.count)
        code.bytes.append(contentsOf: source[range])
        if let text = extendableText {
            code.instructions[text].b = Int32(code.bytes.count)
        } else {
            let lineStarts = Int32(code.lineStarts.count)
            let instruction = MustacheInstruction(
                opcode: .text, a: offset, b: Int32(code.bytes.count), c: lineStarts, d: lineStarts)
            code.instructions.append(instruction)
            extendableText = code.instructions.count - 1
        }
        if marksLineStart, let text = extendableText {
            code.lineStarts.append(offset)
            code.instructions[text].d += 1
        }
        atLineStart = source[range.upperBound - 1] == UInt8(ascii: "\n")
    }

    /// Marks the start of a line before a tag, when the tag starts one.
    mutating func markLineStart() {
        guard atLineStart else { return }
        atLineStart = false
        if let text = extendableText {
            code.lineStarts.append(Int32(code.bytes.count))
            code.instructions[text].d += 1
        } else {
            emit(MustacheInstruction(opcode: .indent))
        }
    }

    /// Stores bytes such as an indentation in the byte pool; returns where they are.
    mutating func pool(_ range: Range<Int>) -> (Int32, Int32) {
        extendableText = nil
        let start = Int32(code.bytes.count)
        code.bytes.append(contentsOf: source[range])
        return (start, Int32(code.bytes.count))
    }

    /// Stores a dotted name in the name pool; returns its first part and its number of parts.
    mutating func path(_ range: Range<Int>) -> (Int32, Int32) {
        let name = String(decoding: source[range], as: UTF8.self)
        if name == "." { return (0, 0) }
        if let known = pathIndex[name] { return known }
        let start = Int32(code.names.count)
        code.names += name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let path = (start, Int32(code.names.count) - start)
        pathIndex[name] = path
        return path
    }

    /// The index of a partial or parent name.
    mutating func partial(_ range: Range<Int>) -> Int32 {
        let name = String(decoding: source[range], as: UTF8.self)
        if let known = partialIndex[name] { return known }
        code.partials.append(name)
        partialIndex[name] = Int32(code.partials.count - 1)
        return Int32(code.partials.count - 1)
    }

    /// The index of a block name.
    mutating func block(_ range: Range<Int>) -> Int32 {
        let name = String(decoding: source[range], as: UTF8.self)
        if let known = blockIndex[name] { return known }
        code.blocks.append(name)
        blockIndex[name] = Int32(code.blocks.count - 1)
        return Int32(code.blocks.count - 1)
    }
}
