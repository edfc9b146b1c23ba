extension MustacheRenderer {
    /// Looks up the dotted name of a variable or section instruction.
    @inline(__always)
    mutating func resolve(_ instruction: MustacheInstruction, in template: LinkedTemplate) -> MustacheValue? {
        resolve(template.names, instruction.a, instruction.e, rootKey: instruction.c, pathKey: instruction.d)
    }

    /// Looks a dotted name up: its first part through the context stack from the top, the rest
    /// inside what that finds only. No parts means the top of the stack (`.`).
    ///
    /// What the first part finds in the bottom frame, the render's context, is kept by `rootKey`
    /// (a library-wide number of the first part, or -1): pages name `page.…` and `site.…` dozens
    /// of times, and each dictionary lookup hashes the key. What a whole dotted name finds there
    /// is kept by `pathKey` the same way.
    mutating func resolve(
        _ names: UnsafeMutableBufferPointer<String>, _ start: Int32, _ count: Int32, rootKey: Int32,
        pathKey: Int32 = -1
    ) -> MustacheValue? {
        guard count > 0 else { return stack.last }
        let first = names[Int(start)]
        var level = stack.count - 1
        var found: MustacheValue?
        while level > 0 {
            if case .object(let object) = stack[level], let value = Self.member(first, of: object) {
                found = value
                break
            }
            level -= 1
        }
        if level == 0 {
            found = lookUpInContext(first, rootKey: rootKey)
        }
        if let floor = recording?.floor, level < floor {
            noteLookupBelowItem(first, rootKey: rootKey, level: level, found: found)
        }
        guard let value = found else { return nil }
        guard level == 0, pathKey >= 0 else {
            return Self.walk(names, from: Int(start) + 1, to: Int(start + count), in: value)
        }
        // The context does not change during a render: a dotted name found in it stays found.
        switch rootCache[Int(pathKey)] {
        case .found(let value):
            return value
        case .missing:
            return nil
        case .unknown:
            let result = Self.walk(names, from: Int(start) + 1, to: Int(start + count), in: value)
            rootCache[Int(pathKey)] = result.map { .found($0) } ?? .missing
            return result
        }
    }

    /// The value the parts `from..<to` of a dotted name lead to inside `value`.
    private static func walk(
        _ names: UnsafeMutableBufferPointer<String>, from start: Int, to end: Int, in value: MustacheValue
    ) -> MustacheValue? {
        var value = value
        var part = start
        while part < end {
            guard case .object(let object) = value, let next = member(names[part], of: object) else { return nil }
            value = next
            part += 1
        }
        return value
    }

    /// Looks a name up in the bottom frame of the stack, through the cache when it has a key.
    @inline(__always)
    mutating func lookUpInContext(_ name: String, rootKey: Int32) -> MustacheValue? {
        guard rootKey >= 0 else { return Self.member(name, of: stack[0]) }
        if rootCache.isEmpty { rootCache = ContiguousArray(repeating: .unknown, count: rootKeyCount) }
        switch rootCache[Int(rootKey)] {
        case .found(let value):
            return value
        case .missing:
            return nil
        case .unknown:
            let value = Self.member(name, of: stack[0])
            rootCache[Int(rootKey)] = value.map { .found($0) } ?? .missing
            return value
        }
    }

    private static func member(_ name: String, of value: MustacheValue) -> MustacheValue? {
        guard case .object(let object) = value else { return nil }
        return member(name, of: object)
    }

    /// A value of an object by name. Small objects are searched by comparing keys, which is
    /// cheaper than hashing the name: view models are mostly objects of a few short keys.
    @inline(__always)
    static func member(_ name: String, of object: [String: MustacheValue]) -> MustacheValue? {
        guard object.count <= 8 else { return object[name] }
        var index = object.startIndex
        while index != object.endIndex {
            if object.keys[index] == name { return object.values[index] }
            object.formIndex(after: &index)
        }
        return nil
    }
}
