/// Runs linked templates against a context stack, appending UTF-8 to `output`.
///
/// One renderer serves one render call; the library stays immutable, so any number of threads
/// can render from it at once.
struct MustacheRenderer: ~Copyable {
    /// An argument of a parent call, able to replace the parent's block of the same name.
    struct Override {
        var block: Int32
        /// Where the argument's content is: a template slot and an instruction range.
        var template: Int
        var start: Int
        var end: Int
        var flags: UInt8
        /// The previous override in the chain, or -1.
        var next: Int
        /// The chain as it was before this override's parent call, which the content renders with
        /// so an argument never replaces blocks inside itself.
        var outer: Int
    }

    /// What the renderer knows of a name in the render's context.
    enum RootLookup {
        case unknown
        case missing
        case found(MustacheValue)
    }

    /// How deep partials, parents and blocks may nest; deeper ones render nothing, so a partial
    /// that includes itself without a section that runs out of data cannot overflow the stack.
    static let maximumDepth = 200
    /// How many partials, parents and blocks one render may expand: a partial that includes
    /// itself twice would otherwise take 2^200 steps to reach the depth limit.
    static let maximumExpansions = 1_000_000

    let templates: [LinkedTemplate]
    let slots: [String: Int]
    var output = OutputBuffer(capacity: 16 * 1024)
    var stack: ContiguousArray<MustacheValue>
    /// Indentations of the enclosing standalone partials and blocks, innermost last; only the part
    /// from `indentationStart` applies, as a partial that is not standalone starts unindented.
    var indentation: [UInt8] = []
    var indentationStart = 0
    var overrides: [Override] = []
    /// The innermost override of the current parent calls, or -1; overrides link outwards.
    var activeOverride = -1
    var depth = 0
    var expansions = 0
    /// Names looked up in the render's context, by library-wide number; empty until first used.
    var rootCache: ContiguousArray<RootLookup> = []
    let rootKeyCount: Int
    /// Where list iterations are kept between renders, if anywhere.
    let memo: MustacheMemo?
    /// The iteration being rendered into the memo, if one is.
    var recording: Recording?
    /// Iterations taken from the memo.
    var memoHits = 0

    init(
        templates: [LinkedTemplate], slots: [String: Int], rootKeyCount: Int, context: MustacheValue,
        memo: MustacheMemo? = nil
    ) {
        self.templates = templates
        self.slots = slots
        self.rootKeyCount = rootKeyCount
        self.memo = memo
        stack = [context]
        stack.reserveCapacity(16)
    }

    /// Renders the template in a slot.
    mutating func render(_ slot: Int) {
        let template = templates[slot]
        run(template, slot: slot, 0..<template.instructions.count)
    }

    /// Runs the instructions in a range of a template.
    mutating func run(_ template: LinkedTemplate, slot: Int, _ range: Range<Int>) {
        let instructions = template.instructions
        var index = range.lowerBound
        while index < range.upperBound {
            let instruction = instructions[index]
            switch instruction.opcode {
            case .text:
                appendText(instruction, of: template)
            case .indent:
                appendIndentation()
            case .variable:
                if let value = resolve(instruction, in: template) {
                    append(value, escaped: instruction.has(MustacheInstruction.Flag.escaped))
                }
            case .section:
                if let value = resolve(instruction, in: template) {
                    switch value {
                    case .null, .bool(false):
                        break
                    case .list(let items):
                        if memo != nil, recording == nil {
                            runMemoized(items, template, slot: slot, at: index)
                            break
                        }
                        for item in items {
                            stack.append(item)
                            run(template, slot: slot, index + 1..<instruction.end)
                            stack.removeLast()
                        }
                    default:
                        stack.append(value)
                        run(template, slot: slot, index + 1..<instruction.end)
                        stack.removeLast()
                    }
                }
                index = instruction.end
                continue
            case .invertedSection:
                if !(resolve(instruction, in: template)?.isTruthy ?? false) {
                    run(template, slot: slot, index + 1..<instruction.end)
                }
                index = instruction.end
                continue
            case .partial:
                include(Int(instruction.a), instruction, of: template)
            case .dynamicPartial:
                if let target = dynamicSlot(instruction, of: template) {
                    include(target, instruction, of: template)
                }
            case .parent:
                callParent(Int(instruction.a), instruction, at: index, of: template, slot: slot)
                index = instruction.end
                continue
            case .dynamicParent:
                if let target = dynamicSlot(instruction, of: template) {
                    callParent(target, instruction, at: index, of: template, slot: slot)
                }
                index = instruction.end
                continue
            case .block:
                expandBlock(instruction, at: index, of: template, slot: slot)
                index = instruction.end
                continue
            case .argument:
                // Arguments only take effect through their parent's instruction.
                index = instruction.end
                continue
            }
            index += 1
        }
    }

    /// Renders a partial in place, indented when it stands alone on its line.
    private mutating func include(_ target: Int, _ instruction: MustacheInstruction, of template: LinkedTemplate) {
        guard enter() else { return }
        let saved = enterIndentation(instruction, of: template)
        depth += 1
        render(target)
        depth -= 1
        leaveIndentation(saved)
    }

    /// Renders a parent with the arguments in its body overriding its blocks, unless overrides
    /// from further out already replace them: the outermost caller wins.
    private mutating func callParent(
        _ target: Int, _ instruction: MustacheInstruction, at index: Int, of template: LinkedTemplate, slot: Int
    ) {
        guard enter() else { return }
        let instructions = template.instructions
        let savedActive = activeOverride
        let savedCount = overrides.count
        var argument = index + 1
        while argument < instruction.end {
            let header = instructions[argument]
            overrides.append(
                Override(
                    block: header.a, template: slot, start: argument + 1, end: header.end, flags: header.flags,
                    next: activeOverride, outer: savedActive))
            activeOverride = overrides.count - 1
            argument = header.end
        }
        let saved = enterIndentation(instruction, of: template)
        depth += 1
        render(target)
        depth -= 1
        leaveIndentation(saved)
        overrides.removeSubrange(savedCount...)
        activeOverride = savedActive
    }

    /// Renders a block: the outermost override of its name, or its default content.
    private mutating func expandBlock(
        _ instruction: MustacheInstruction, at index: Int, of template: LinkedTemplate, slot: Int
    ) {
        guard enter() else { return }
        // What a block shows depends on the parent calls around it, which a memo key does not hold.
        recording?.isKeepable = false
        var found = -1
        var link = activeOverride
        while link >= 0 {
            if overrides[link].block == instruction.a { found = link }
            link = overrides[link].next
        }
        let savedCount = indentation.count
        if instruction.c < instruction.d {
            indentation.append(
                contentsOf: UnsafeBufferPointer(rebasing: template.bytes[Int(instruction.c)..<Int(instruction.d)]))
        }
        depth += 1
        if found >= 0 {
            let override = overrides[found]
            startContent(override.flags, at: instruction)
            let savedActive = activeOverride
            activeOverride = override.outer
            let owner = templates[override.template]
            run(owner, slot: override.template, override.start..<override.end)
            activeOverride = savedActive
        } else {
            startContent(instruction.flags, at: instruction)
            run(template, slot: slot, index + 1..<instruction.end)
        }
        depth -= 1
        indentation.removeSubrange(savedCount...)
    }

    /// Counts an expansion; false when the render is too deep or has expanded too much.
    private mutating func enter() -> Bool {
        expansions += 1
        let allowed = depth < Self.maximumDepth && expansions <= Self.maximumExpansions
        if recording != nil { noteExpansion(allowed: allowed) }
        return allowed
    }

    /// Indents the first line of block content that starts mid-line when the block starts a line.
    private mutating func startContent(_ contentFlags: UInt8, at site: MustacheInstruction) {
        let startsMidLine = contentFlags & MustacheInstruction.Flag.startsMidLine != 0
        let firstLineEmpty = contentFlags & MustacheInstruction.Flag.firstLineEmpty != 0
        if site.has(MustacheInstruction.Flag.siteAtLineStart), startsMidLine, !firstLineEmpty {
            appendIndentation()
        }
    }

    /// The slot a dynamic partial or parent names through the context, if it names a template.
    private mutating func dynamicSlot(_ instruction: MustacheInstruction, of template: LinkedTemplate) -> Int? {
        guard case .string(let name) = resolve(template.names, instruction.a, instruction.e, rootKey: -1) else {
            return nil
        }
        return slots[name]
    }

    /// Applies a partial's or parent's indentation; returns what to restore afterwards.
    private mutating func enterIndentation(
        _ instruction: MustacheInstruction, of template: LinkedTemplate
    ) -> (start: Int, count: Int) {
        let saved = (indentationStart, indentation.count)
        if instruction.has(MustacheInstruction.Flag.standalone) {
            if instruction.c < instruction.d {
                indentation.append(
                    contentsOf: UnsafeBufferPointer(rebasing: template.bytes[Int(instruction.c)..<Int(instruction.d)]))
            }
        } else {
            indentationStart = indentation.count
        }
        return saved
    }

    private mutating func leaveIndentation(_ saved: (start: Int, count: Int)) {
        indentationStart = saved.start
        if indentation.count > saved.count { indentation.removeSubrange(saved.count...) }
    }
}
