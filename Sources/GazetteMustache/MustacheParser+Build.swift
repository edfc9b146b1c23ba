extension MustacheParser {
    /// Emits the instructions for a run of tokens.
    mutating func build(_ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            switch token.kind {
            case .text:
                if !dropped[index] {
                    emitText(startsLine(index) ? dedented(token.range) : token.range)
                }
            case .variable, .unescaped:
                markLineStart()
                let (start, count) = path(token.content)
                let flags = token.kind == .variable ? MustacheInstruction.Flag.escaped : 0
                emit(MustacheInstruction(opcode: .variable, flags: flags, a: start, e: count))
            case .comment, .delimiters, .close:
                break
            case .section, .inverted:
                index = buildSection(index)
                continue
            case .partial:
                buildPartial(index)
            case .parent:
                index = buildParent(index)
                continue
            case .block:
                index = buildBlock(index)
                continue
            }
            index += 1
        }
    }

    private mutating func buildSection(_ index: Int) -> Int {
        let close = partner[index]
        if !standsAlone(index) { markLineStart() }
        let (start, count) = path(tokens[index].content)
        let opcode: MustacheInstruction.Opcode = tokens[index].kind == .section ? .section : .invertedSection
        let at = emit(MustacheInstruction(opcode: opcode, a: start, e: count))
        build(index + 1..<close)
        if !standsAlone(close) { markLineStart() }
        endBody(of: at)
        return close + 1
    }

    private mutating func buildPartial(_ index: Int) {
        var instruction = MustacheInstruction(opcode: .partial)
        if standsAlone(index) {
            instruction.flags = MustacheInstruction.Flag.standalone
            (instruction.c, instruction.d) = pool(leadingIndentation(of: index))
        } else {
            markLineStart()
        }
        reference(index, into: &instruction)
        emit(instruction)
    }

    private mutating func buildParent(_ index: Int) -> Int {
        let close = partner[index]
        let pair = leftClear(index) && rightClear(close)
        var instruction = MustacheInstruction(opcode: .parent)
        if pair {
            instruction.flags = MustacheInstruction.Flag.standalone
            (instruction.c, instruction.d) = pool(leadingIndentation(of: index))
        } else {
            markLineStart()
        }
        reference(index, into: &instruction)
        let at = emit(instruction)
        // Only the blocks directly inside a parent count; other content is ignored.
        var inner = index + 1
        while inner < close {
            if tokens[inner].kind == .block {
                buildArgument(inner)
            }
            inner = tokens[inner].kind.opensElement ? partner[inner] + 1 : inner + 1
        }
        endBody(of: at)
        atLineStart = pair || standsAlone(close)
        return close + 1
    }

    private mutating func buildArgument(_ index: Int) {
        let close = partner[index]
        let startsOnNextLine = rightClear(index)
        let intrinsic = startsOnNextLine ? intrinsicIndentation(after: index) : nil
        let flags = startsOnNextLine ? 0 : MustacheInstruction.Flag.startsMidLine
        let at = emit(MustacheInstruction(opcode: .argument, flags: flags, a: block(tokens[index].content)))
        atLineStart = startsOnNextLine
        buildContent(index + 1..<close, dedent: intrinsic)
        endBody(of: at)
    }

    private mutating func buildBlock(_ index: Int) -> Int {
        let close = partner[index]
        let pair = leftClear(index) && rightClear(close)
        var instruction = MustacheInstruction(opcode: .block, a: block(tokens[index].content))
        var intrinsic: Range<Int>?
        var contentOnNextLine = false
        if pair, rightClear(index) {
            let indentation = intrinsicIndentation(after: index)
            (instruction.c, instruction.d) = pool(indentation)
            intrinsic = indentation
            contentOnNextLine = true
        } else if pair {
            (instruction.c, instruction.d) = pool(leadingIndentation(of: index))
        } else if standsAlone(index) {
            contentOnNextLine = true
        } else {
            markLineStart()
        }
        if pair || contentOnNextLine { instruction.flags |= MustacheInstruction.Flag.siteAtLineStart }
        if !contentOnNextLine { instruction.flags |= MustacheInstruction.Flag.startsMidLine }
        let at = emit(instruction)
        atLineStart = contentOnNextLine
        buildContent(index + 1..<close, dedent: intrinsic)
        if !standsAlone(close) { markLineStart() }
        endBody(of: at)
        atLineStart = standsAlone(close)
        return close + 1
    }

    /// Builds a block's content without its intrinsic indentation and notes whether its first
    /// line is empty.
    private mutating func buildContent(_ range: Range<Int>, dedent: Range<Int>?) {
        if let dedent { dedents.append(dedent) }
        let first = code.instructions.count
        build(range)
        if dedent != nil { dedents.removeLast() }
        // The element's own instruction is the one just before its content.
        let instructions = code.instructions
        if first == instructions.count
            || (instructions[first].opcode == .text && startsWithLineBreak(Int(instructions[first].a)))
        {
            code.instructions[first - 1].flags |= MustacheInstruction.Flag.firstLineEmpty
        }
    }

    private func startsWithLineBreak(_ offset: Int) -> Bool {
        let bytes = code.bytes
        return bytes[offset] == UInt8(ascii: "\n")
            || (bytes[offset] == UInt8(ascii: "\r") && offset + 1 < bytes.count
                && bytes[offset + 1] == UInt8(ascii: "\n"))
    }

    /// The whitespace before a standalone tag, less the intrinsic indentation of enclosing blocks.
    private func leadingIndentation(of index: Int) -> Range<Int> {
        guard let blank = leadingBlank(index) else { return 0..<0 }
        return dedented(tokens[blank].range)
    }

    /// The leading whitespace of the line after a block's opening tag, relative to enclosing blocks.
    private func intrinsicIndentation(after index: Int) -> Range<Int> {
        let next = index + 2
        guard isText(next) else { return 0..<0 }
        let line = dedented(tokens[next].range)
        var end = line.lowerBound
        while end < line.upperBound, source[end] == 0x20 || source[end] == 0x09 { end += 1 }
        return line.lowerBound..<end
    }

    /// A range that starts a line, less the intrinsic indentation of the enclosing blocks.
    func dedented(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        for prefix in dedents {
            guard start + prefix.count <= range.upperBound, source[start..<start + prefix.count] == source[prefix]
            else { break }
            start += prefix.count
        }
        return start..<range.upperBound
    }

    /// Fills in a partial or parent instruction's name, static or dynamic.
    private mutating func reference(_ index: Int, into instruction: inout MustacheInstruction) {
        let content = tokens[index].content
        if source[content.lowerBound] == UInt8(ascii: "*") {
            var name = content.lowerBound + 1..<content.upperBound
            while MustacheScanner.isWhitespace(source[name.lowerBound]) { name = name.lowerBound + 1..<name.upperBound }
            instruction.opcode = instruction.opcode == .partial ? .dynamicPartial : .dynamicParent
            (instruction.a, instruction.e) = path(name)
        } else {
            instruction.a = partial(content)
            let (line, column) = locator.position(of: tokens[index].range.lowerBound)
            code.references.append(TemplateCode.Reference(partial: instruction.a, line: line, column: column))
        }
    }
}
