/// A set of named templates that can include one another as partials and parents.
///
/// Rendering follows the Mustache spec with its optional inheritance (`{{<parent}}`,
/// `{{$block}}`) and dynamic-name (`{{>*name}}`) modules. Lambdas are not supported: values
/// are data only. `{{x}}` escapes `& < > " '`. Two choices the spec leaves open: a line is
/// standalone only with a single tag on it (as in the spec's reference implementation), and an
/// indented partial leaves its empty lines empty.
///
/// Registering links a template: each partial or parent name becomes the index of a slot, so
/// rendering never looks a partial up by name. A name that is not registered yet gets an empty
/// slot, filled when a template is registered under it; until then it renders as nothing, as the
/// spec asks, and ``missingPartials()`` reports it.
public struct MustacheLibrary: Sendable {
    /// Templates by slot; partial and parent instructions hold slot numbers.
    var templates: [LinkedTemplate] = []
    /// Slot numbers by template name, for rendering by name and for dynamic partials.
    var slots: [String: Int] = [:]
    /// Library-wide numbers of block names, so overrides compare integers.
    private var blockNumbers: [String: Int32] = [:]
    /// Library-wide numbers of the first parts of dotted names and of whole dotted names (which
    /// hold a dot, so the two never meet), for the renderer's cache of lookups in the context.
    private var rootKeys: [String: Int32] = [:]

    /// An empty library.
    public init() {}

    /// Adds a template under a name, replacing any template registered under it before.
    ///
    /// Names may contain slashes, as in `partials/head`; tags name them the same way:
    /// `{{> partials/head}}`.
    public mutating func register(_ template: MustacheTemplate, named name: String) {
        let code = template.code
        let partialSlots = code.partials.map { slot(for: $0) }
        let blockNumbers = code.blocks.map { blockNumber(for: $0) }
        var instructions = code.instructions
        for index in instructions.indices {
            switch instructions[index].opcode {
            case .partial, .parent:
                instructions[index].a = Int32(partialSlots[Int(instructions[index].a)])
            case .block, .argument:
                instructions[index].a = blockNumbers[Int(instructions[index].a)]
            case .variable, .section, .invertedSection:
                let instruction = instructions[index]
                let names = code.names[Int(instruction.a)..<Int(instruction.a + instruction.e)]
                instructions[index].c = instruction.e > 0 ? rootKey(for: names[names.startIndex]) : -1
                instructions[index].d = instruction.e > 1 ? rootKey(for: names.joined(separator: ".")) : -1
            default:
                break
            }
        }
        let references = code.references.map { (slot: partialSlots[Int($0.partial)], line: $0.line, column: $0.column) }
        templates[slot(for: name)] = LinkedTemplate(
            name: name, isRegistered: true, instructions: instructions, bytes: code.bytes,
            lineStarts: code.lineStarts, names: code.names, references: references)
    }

    /// Every `{{> name}}` / `{{< name}}` reference to a template that is not registered, sorted by
    /// template name, line, column and partial name.
    public func missingPartials() -> [MissingPartial] {
        var missing: [MissingPartial] = []
        for template in templates where template.isRegistered {
            for reference in template.references where !templates[reference.slot].isRegistered {
                missing.append(
                    MissingPartial(
                        template: template.name, partial: templates[reference.slot].name, line: reference.line,
                        column: reference.column))
            }
        }
        return missing.sorted {
            ($0.template, $0.line, $0.column, $0.partial) < ($1.template, $1.line, $1.column, $1.partial)
        }
    }

    /// Whether a template is registered under a name.
    public func contains(_ name: String) -> Bool {
        slots[name].map { templates[$0].isRegistered } ?? false
    }

    /// Renders the named template with a context into a byte buffer (UTF-8), appending.
    ///
    /// A name that is not registered renders nothing. With a `memo`, list iterations of objects
    /// that earlier renders kept are copied from it, and new ones are kept (see ``MustacheMemo``).
    public func render(_ name: String, _ context: MustacheValue, into buffer: inout [UInt8], memo: MustacheMemo? = nil)
    {
        withRendering(name, context, memo: memo) { buffer.append(contentsOf: $0) }
    }

    /// Renders the named template with a context into a string.
    public func render(_ name: String, _ context: MustacheValue) -> String {
        withRendering(name, context) { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders into the renderer's own buffer and hands the bytes to `body`, so each public
    /// entry point copies the result once.
    private func withRendering<Result>(
        _ name: String, _ context: MustacheValue, memo: MustacheMemo? = nil,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        guard let slot = slots[name], templates[slot].isRegistered else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        var renderer = MustacheRenderer(
            templates: templates, slots: slots, rootKeyCount: rootKeys.count, context: context, memo: memo)
        renderer.render(slot)
        memo?.countHits(renderer.memoHits)
        return body(renderer.output.bytes)
    }

    /// The slot of a name, made empty if the name has none yet.
    private mutating func slot(for name: String) -> Int {
        if let slot = slots[name] { return slot }
        templates.append(.placeholder(named: name))
        slots[name] = templates.count - 1
        return templates.count - 1
    }

    private mutating func rootKey(for name: String) -> Int32 {
        if let key = rootKeys[name] { return key }
        let key = Int32(rootKeys.count)
        rootKeys[name] = key
        return key
    }

    private mutating func blockNumber(for name: String) -> Int32 {
        if let number = blockNumbers[name] { return number }
        let number = Int32(blockNumbers.count)
        blockNumbers[name] = number
        return number
    }
}
