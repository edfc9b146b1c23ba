import GazetteContent

/// Finds every mention of every topic name and alias in one pass over a text (Aho–Corasick over
/// UTF-8 bytes), so the cost grows with the text, not with the vocabulary.
///
/// Longest match wins at a position and matches do not overlap (`霍尔木兹海峡` is one mention, not
/// also `霍尔木兹`). CJK names match as substrings; Latin names match case-insensitively (ASCII) on
/// word boundaries, so `Iran` does not match inside `Iranian`.
///
/// A class: taggers and linkers capture it in every per-article closure, and copying a struct of
/// ten arrays retained each of them. Its tables are written only while it is built.
public final class TopicMatcher: @unchecked Sendable {
    /// One mention found in a text.
    public struct Match: Sendable, Hashable {
        /// The index of the topic in the vocabulary the matcher was built from.
        public var topic: Int
        /// Byte offsets of the mention in the UTF-8 text.
        public var start: Int, end: Int
    }

    private struct Pattern {
        var length: Int
        var topic: Int
        var leftBoundary: Bool
        var rightBoundary: Bool
    }

    // Trie nodes in flat arrays: each node's edges are a run of (byte, target), sorted by byte.
    private var edgeStart: [Int32] = [0]
    private var edgeCount: [Int32] = [0]
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var failure: [Int32] = []
    /// The pattern ending at a node, or -1.
    private var terminal: [Int32] = []
    /// The nearest node along the failure chain that ends a pattern, or -1.
    private var dictionaryLink: [Int32] = []
    private var patterns: [Pattern] = []
    /// A dense transition table for the root, the node every mismatch returns to.
    private var rootTable = [Int32](repeating: 0, count: 256)
    /// The column of each byte in `rows`: bytes that occur in no name share class 0, and
    /// upper-case ASCII shares its lower-case class.
    private var byteClass = [Int32](repeating: 0, count: 256)
    private var classCount = 1
    /// The first node on a node's output chain (itself or its dictionary link), or -1.
    private var firstOutput: [Int32] = []
    /// The automaton as a full transition table (failures folded in) over byte classes, one
    /// lookup per byte of text: each target as the offset of its row (`node × classCount`),
    /// bitwise negated when the node ends a pattern, so a byte that ends nothing costs one
    /// load and one test.
    private var rows: [Int32] = []
    /// One bit per character of the Basic Multilingual Plane that some name starts with
    /// (ASCII in both cases). At the root, a character without its bit leaves the automaton at
    /// the root: no name starts inside it, so the scan skips its bytes.
    private var startsName = [UInt64](repeating: 0, count: 1024)

    /// Builds the matcher for topics given as `names[i]` = the names and aliases of topic `i`.
    public init(names: [[String]]) {
        var children: [[UInt8: Int]] = [[:]]
        var ends: [Int] = [-1]
        for (topic, topicNames) in names.enumerated() {
            for name in topicNames {
                let bytes = Array(name.trimmedWhitespace.utf8).map(Self.lowercased)
                guard !bytes.isEmpty else { continue }
                var node = 0
                for byte in bytes {
                    if let next = children[node][byte] {
                        node = next
                    } else {
                        children.append([:])
                        ends.append(-1)
                        children[node][byte] = children.count - 1
                        node = children.count - 1
                    }
                }
                if let first = String(decoding: bytes, as: UTF8.self).unicodeScalars.first, first.value < 0x10000 {
                    for value in Set([first.value, Self.upper(first.value)]) {
                        startsName[Int(value >> 6)] |= 1 << UInt64(value & 63)
                    }
                } else {
                    // A name starting beyond the BMP: no character is skipped.
                    startsName = [UInt64](repeating: ~0, count: 1024)
                }
                guard ends[node] == -1 else { continue }  // the first topic to claim a name keeps it
                ends[node] = patterns.count
                patterns.append(
                    Pattern(
                        length: bytes.count, topic: topic, leftBoundary: Self.isWordByte(bytes[0]),
                        rightBoundary: Self.isWordByte(bytes[bytes.count - 1])))
            }
        }
        build(children: children, ends: ends)
    }

    private func build(children: [[UInt8: Int]], ends: [Int]) {
        let count = children.count
        edgeStart = []
        edgeCount = []
        for node in 0..<count {
            edgeStart.append(Int32(edgeBytes.count))
            edgeCount.append(Int32(children[node].count))
            for (byte, target) in children[node].sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(Int32(target))
            }
        }
        terminal = ends.map(Int32.init)
        failure = [Int32](repeating: 0, count: count)
        dictionaryLink = [Int32](repeating: -1, count: count)
        for (byte, target) in children[0] { rootTable[Int(byte)] = Int32(target) }
        // Breadth-first, so a node's failure target is final before its children need it.
        var queue = children[0].values.sorted()
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (byte, child) in children[node].sorted(by: { $0.key < $1.key }) {
                var fallback = Int(failure[node])
                while fallback != 0, next(fallback, byte) == nil { fallback = Int(failure[fallback]) }
                let target = node == 0 ? 0 : (next(fallback, byte) ?? 0)
                failure[child] = Int32(target == child ? 0 : target)
                let failed = Int(failure[child])
                dictionaryLink[child] = terminal[failed] >= 0 ? Int32(failed) : dictionaryLink[failed]
                queue.append(child)
            }
        }
        // Byte classes, then the full table in breadth-first order (a node's failure row is
        // complete before the node's own row copies from it).
        for byte in Set(edgeBytes).sorted() {
            byteClass[Int(byte)] = Int32(classCount)
            classCount += 1
        }
        // The automaton as a full transition table (failures folded in) over byte classes.
        var transitions = [Int32](repeating: 0, count: count * classCount)
        for node in [0] + queue {
            for byte in 0..<256 {
                let column = Int(byteClass[byte])
                guard column != 0 || byte == 0 else { continue }
                let target: Int32
                if let direct = next(node, UInt8(byte)) {
                    target = Int32(direct)
                } else {
                    target = node == 0 ? 0 : transitions[Int(failure[node]) * classCount + column]
                }
                transitions[node * classCount + column] = target
            }
        }
        firstOutput = (0..<count).map { terminal[$0] >= 0 ? Int32($0) : dictionaryLink[$0] }
        // Names are matched case-insensitively: upper-case ASCII shares its lower-case class.
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { byteClass[Int(byte)] = byteClass[Int(byte | 0x20)] }
        rows = transitions.map { target in
            let offset = target * Int32(classCount)
            return firstOutput[Int(target)] >= 0 ? ~offset : offset
        }
    }

    private func next(_ node: Int, _ byte: UInt8) -> Int? {
        if node == 0 {
            let target = rootTable[Int(byte)]
            return target == 0 ? nil : Int(target)
        }
        let start = Int(edgeStart[node])
        let end = start + Int(edgeCount[node])
        var index = start
        while index < end {
            let candidate = edgeBytes[index]
            if candidate == byte { return Int(edgeTargets[index]) }
            if candidate > byte { return nil }
            index += 1
        }
        return nil
    }

    /// The mentions in `text`: longest first at a position, non-overlapping, in text order.
    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    /// The mentions in UTF-8 bytes.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        guard !patterns.isEmpty else { return [] }
        var found: [Match] = []
        // Local copies of the tables: the loop below runs once per byte of every article.
        let (classCount, firstOutput, terminal, dictionaryLink) = (
            self.classCount, self.firstOutput, self.terminal, self.dictionaryLink
        )
        rows.withUnsafeBufferPointer { rows in
            byteClass.withUnsafeBufferPointer { byteClass in
                startsName.withUnsafeBufferPointer { startsName in
                    var row = 0
                    var position = 0
                    let count = bytes.count
                    while position < count {
                        if row == 0, let (value, length) = Self.character(in: bytes, at: position),
                            startsName[Int(value >> 6)] & (1 << UInt64(value & 63)) == 0
                        {
                            position += length
                            continue
                        }
                        let next = rows[row &+ Int(byteClass[Int(bytes[position])])]
                        position += 1
                        if next >= 0 {
                            row = Int(next)
                            continue
                        }
                        row = Int(~next)
                        collect(node: row / classCount, end: position)
                    }
                }
            }
        }
        func collect(node: Int, end: Int) {
            var output = Int(firstOutput[node])
            while output >= 0 {
                let pattern = patterns[Int(terminal[output])]
                let start = end - pattern.length
                if (!pattern.leftBoundary || start == 0 || !Self.isWordByte(bytes[start - 1]))
                    && (!pattern.rightBoundary || end == bytes.count || !Self.isWordByte(bytes[end]))
                {
                    found.append(Match(topic: pattern.topic, start: start, end: end))
                }
                output = Int(dictionaryLink[output])
            }
        }
        guard found.count > 1 else { return found }
        found.sort { ($0.start, $1.end) < ($1.start, $0.end) }
        var chosen: [Match] = []
        var covered = 0
        for match in found where match.start >= covered {
            chosen.append(match)
            covered = match.end
        }
        return chosen
    }

    /// The BMP character starting at `position` and its length in bytes; nil inside a
    /// character, beyond the BMP, or where the bytes are cut short.
    @inline(__always)
    private static func character(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32, Int)? {
        let lead = bytes[position]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead >= 0xC0 && lead < 0xE0, position + 1 < bytes.count {
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F), 2)
        }
        if lead >= 0xE0 && lead < 0xF0, position + 2 < bytes.count {
            return (
                UInt32(lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6
                    | UInt32(bytes[position + 2] & 0x3F), 3
            )
        }
        return nil
    }

    /// The upper-case ASCII letter of a lower-case one; other values as they are.
    private static func upper(_ value: UInt32) -> UInt32 {
        (0x61...0x7A).contains(value) ? value - 0x20 : value
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
