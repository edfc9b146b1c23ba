extension MustacheRenderer {
    /// What the renderer learns while it renders an iteration into the memo.
    struct Recording {
        /// The stack level of the iteration's object: lookups that end below it are dependencies.
        var floor: Int
        var dependencies: [MustacheMemo.Dependency] = []
        var isKeepable = true
        var startDepth: Int
        var deepest = 0
    }

    /// Runs a section once per item, taking each object item's output from the memo when it holds
    /// a matching iteration, and keeping what it renders otherwise.
    mutating func runMemoized(_ items: [MustacheValue], _ template: LinkedTemplate, slot: Int, at index: Int) {
        guard let memo else { return }
        let end = template.instructions[index].end
        for item in items {
            guard case .object(let object) = item, let identity = MustacheMemo.identity(of: object),
                memo.keeps(identity)
            else {
                stack.append(item)
                run(template, slot: slot, index + 1..<end)
                stack.removeLast()
                continue
            }
            let key = MustacheMemo.Key(slot: Int32(slot), instruction: Int32(index), object: identity)
            if let entry = memo.entry(key), canReplay(entry) {
                output.append(entry.bytes)
                expansions += entry.expansions
                memoHits += 1
                continue
            }
            let start = output.count
            let startExpansions = expansions
            recording = Recording(floor: stack.count, startDepth: depth)
            stack.append(item)
            run(template, slot: slot, index + 1..<end)
            stack.removeLast()
            guard let done = recording.take(), done.isKeepable else { continue }
            memo.store(
                MustacheMemo.Entry(
                    indentation: activeIndentation, dependencies: done.dependencies,
                    bytes: output.bytes(from: start), expansions: expansions - startExpansions, depth: done.deepest),
                for: key)
        }
    }

    /// Whether a kept iteration renders here exactly as it did when it was kept.
    private mutating func canReplay(_ entry: MustacheMemo.Entry) -> Bool {
        guard depth + entry.depth <= Self.maximumDepth, expansions + entry.expansions <= Self.maximumExpansions,
            entry.indentation.elementsEqual(indentation[indentationStart...])
        else { return false }
        for dependency in entry.dependencies {
            let now = lookUpInContext(dependency.name, rootKey: dependency.rootKey)
            guard Self.same(now, dependency.value) else { return false }
        }
        return true
    }

    /// Notes a lookup whose first name was not found in the recorded iteration's own frames.
    mutating func noteLookupBelowItem(_ name: String, rootKey: Int32, level: Int, found: MustacheValue?) {
        // Frames between the context and the item belong to this page's enclosing sections.
        guard level == 0 else {
            recording?.isKeepable = false
            return
        }
        guard recording?.dependencies.contains(where: { $0.name == name }) == false else { return }
        recording?.dependencies.append(MustacheMemo.Dependency(name: name, rootKey: rootKey, value: found))
    }

    /// Notes a partial, parent or block expansion inside the recorded iteration.
    mutating func noteExpansion(allowed: Bool) {
        guard let startDepth = recording?.startDepth, let deepest = recording?.deepest else { return }
        // An iteration cut short by the limits renders differently where there is more room.
        if !allowed { recording?.isKeepable = false }
        recording?.deepest = max(deepest, depth + 1 - startDepth)
    }

    /// The indentation that applies to the lines the renderer writes now.
    private var activeIndentation: [UInt8] {
        Array(indentation[indentationStart...])
    }

    /// Two lookup results that render alike: objects and lists by identity or contents, the rest by value.
    private static func same(_ left: MustacheValue?, _ right: MustacheValue?) -> Bool {
        switch (left, right) {
        case (nil, nil): return true
        case (.object(let a)?, .object(let b)?):
            if let first = MustacheMemo.identity(of: a), first == MustacheMemo.identity(of: b) { return true }
            return a == b
        default: return left == right
        }
    }
}
