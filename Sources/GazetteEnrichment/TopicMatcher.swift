import GazetteContent

/// Finds every mention of every topic name and alias in one pass over a text: where a name may
/// start, a walk down a trie of the names (over UTF-8 bytes), so the cost grows with the text,
/// not with the vocabulary.
///
/// Longest match wins at a position and matches do not overlap (`霍尔木兹海峡` is one mention, not
/// also `霍尔木兹`). CJK names match as substrings; Latin names match case-insensitively (ASCII) on
/// word boundaries, so `Iran` does not match inside `Iranian`.
///
/// Leftmost-longest needs no failure links: the scan tries each character in turn, takes the
/// longest name starting there and goes on after it. Whether a name may start at a character is
/// answered from the character and the next one by one bit test (a hash of the pair), which
/// says yes at about 5% of Chinese news text; a test on the first character alone said yes at
/// 19%, and its mispredicted branches made the scan 1.6× slower (about as slow as the
/// Aho–Corasick automaton over byte classes this replaced).
///
/// A class: taggers and linkers capture it in every per-article closure, and copying a struct of
/// ten arrays retained each of them.
public final class TopicMatcher: Sendable {
    /// One mention found in a text.
    public struct Match: Sendable, Hashable {
        /// The index of the topic in the vocabulary the matcher was built from.
        public var topic: Int
        /// Byte offsets of the mention in the UTF-8 text.
        public var start: Int, end: Int
    }

    private struct Pattern {
        var topic: Int32
        var leftBoundary: Bool
        var rightBoundary: Bool
    }

    /// What `character(in:at:)` gives for a byte that does not start a character, and for the
    /// end of the text.
    private static let noCharacter: UInt32 = 0xFFFF_FFFF

    // Trie nodes in flat arrays: each node's edges are a run of (byte, target), sorted by byte.
    // All `let`: the scan reads them for every character, and a `var` in a class is checked
    // for exclusive access on each read.
    private let edgeStart: [Int32]
    private let edgeCount: [Int32]
    private let edgeBytes: [UInt8]
    private let edgeTargets: [Int32]
    /// The pattern ending at a node, or -1.
    private let terminal: [Int32]
    private let patterns: [Pattern]
    /// The root's children by byte (0: none).
    private let rootTable: [Int32]
    /// One bit per hash of the first two characters of each name (ASCII in lower case), and
    /// per hash of the character of a one-character name paired with `anyCharacter`.
    private let startsName: [UInt64]
    /// One bit per character of the Basic Multilingual Plane that some name starts with.
    private let firstCharacters: [UInt64]
    /// The number of bits set in `firstCharacters` before each of its words, to rank a character.
    private let firstCharactersBefore: [Int32]
    /// The trie node after the first character of names, by the character's rank in `firstCharacters`.
    private let afterFirstCharacter: [Int32]

    /// Builds the matcher for topics given as `names[i]` = the names and aliases of topic `i`.
    public init(names: [[String]]) {
        var children: [[UInt8: Int]] = [[:]]
        var ends: [Int] = [-1]
        var patterns: [Pattern] = []
        var startsName = [UInt64](repeating: 0, count: 1 << (Self.pairBits - 6))
        var nodeAfter: [UInt32: Int32] = [:]
        for (topic, topicNames) in names.enumerated() {
            for name in topicNames {
                let bytes = Array(name.trimmedWhitespace.utf8).map(Self.lowercased)
                let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars.prefix(2))
                guard let first = scalars.first else { continue }
                let hash = Self.pairHash(first.value, scalars.count == 2 ? scalars[1].value : Self.anyCharacter)
                startsName[hash >> 6] |= 1 << UInt64(hash & 63)
                var node = 0
                for (offset, byte) in bytes.enumerated() {
                    if let next = children[node][byte] {
                        node = next
                    } else {
                        children.append([:])
                        ends.append(-1)
                        children[node][byte] = children.count - 1
                        node = children.count - 1
                    }
                    if offset + 1 == UTF8.width(first) { nodeAfter[first.value] = Int32(node) }
                }
                guard ends[node] == -1 else { continue }  // the first topic to claim a name keeps it
                ends[node] = patterns.count
                patterns.append(
                    Pattern(
                        topic: Int32(topic), leftBoundary: Self.isWordByte(bytes[0]),
                        rightBoundary: Self.isWordByte(bytes[bytes.count - 1])))
            }
        }
        var (edgeStart, edgeCount, edgeBytes, edgeTargets) = ([Int32](), [Int32](), [UInt8](), [Int32]())
        for node in children.indices {
            edgeStart.append(Int32(edgeBytes.count))
            edgeCount.append(Int32(children[node].count))
            for (byte, target) in children[node].sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(Int32(target))
            }
        }
        var rootTable = [Int32](repeating: 0, count: 256)
        for (byte, target) in children[0] { rootTable[Int(byte)] = Int32(target) }
        (self.edgeStart, self.edgeCount, self.edgeBytes, self.edgeTargets) = (
            edgeStart, edgeCount, edgeBytes, edgeTargets
        )
        (self.terminal, self.patterns, self.rootTable) = (ends.map(Int32.init), patterns, rootTable)
        var firstCharacters = [UInt64](repeating: 0, count: 1024)
        for value in nodeAfter.keys where value < 0x10000 {
            firstCharacters[Int(value >> 6)] |= 1 << UInt64(value & 63)
        }
        var firstCharactersBefore = [Int32](repeating: 0, count: 1024)
        var total: Int32 = 0
        for word in firstCharacters.indices {
            firstCharactersBefore[word] = total
            total += Int32(firstCharacters[word].nonzeroBitCount)
        }
        var afterFirstCharacter = [Int32](repeating: 0, count: Int(total))
        for (value, node) in nodeAfter where value < 0x10000 {
            afterFirstCharacter[Self.rank(value, firstCharacters, firstCharactersBefore)] = node
        }
        (self.startsName, self.firstCharacters) = (startsName, firstCharacters)
        (self.firstCharactersBefore, self.afterFirstCharacter) = (firstCharactersBefore, afterFirstCharacter)
    }

    /// The mentions in `text`: longest first at a position, non-overlapping, in text order.
    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    /// The mentions in UTF-8 bytes.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        guard !patterns.isEmpty, !bytes.isEmpty else { return [] }
        var found: [Match] = []
        let count = bytes.count
        var position = 0
        var (first, width) = Self.character(in: bytes, at: 0)
        while position < count {
            let following = position + width
            let (second, secondWidth) =
                following < count ? Self.character(in: bytes, at: following) : (Self.noCharacter, 0)
            let pair = Self.pairHash(first, second)
            let alone = Self.pairHash(first, Self.anyCharacter)
            if (startsName[pair >> 6] >> UInt64(pair & 63) | startsName[alone >> 6] >> UInt64(alone & 63)) & 1 != 0,
                let match = longestMatch(in: bytes, at: position, first: first, width: width)
            {
                found.append(match)
                position = match.end
                if position < count { (first, width) = Self.character(in: bytes, at: position) }
                continue
            }
            position = following
            (first, width) = (second, secondWidth)
        }
        return found
    }

    /// The longest name at `position`, whose first character (`first`, `width` bytes) is known.
    private func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, first: UInt32, width: Int)
        -> Match?
    {
        var node = 0
        var next = position
        if first < 0x10000 {
            // A hash that collided lands here too.
            guard firstCharacters[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { return nil }
            node = Int(afterFirstCharacter[Self.rank(first, firstCharacters, firstCharactersBefore)])
            next = position + width
        }
        // Beyond the BMP, the walk starts at the root.
        var longest: Match?
        while true {
            let index = Int(terminal[node])
            if index >= 0 {
                let pattern = patterns[index]
                if (!pattern.leftBoundary || position == 0 || !Self.isWordByte(bytes[position - 1]))
                    && (!pattern.rightBoundary || next == bytes.count || !Self.isWordByte(bytes[next]))
                {
                    longest = Match(topic: Int(pattern.topic), start: position, end: next)
                }
            }
            guard next < bytes.count, let child = child(of: node, Self.lowercased(bytes[next])) else { break }
            node = child
            next += 1
        }
        return longest
    }

    /// The trie node `byte` leads to from `node`, if any.
    @inline(__always)
    private func child(of node: Int, _ byte: UInt8) -> Int? {
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

    /// The index in `afterFirstCharacter` of a BMP character whose bit is set.
    @inline(__always)
    private static func rank(_ value: UInt32, _ firstCharacters: [UInt64], _ before: [Int32]) -> Int {
        let word = Int(value >> 6)
        let below = firstCharacters[word] & ((1 << UInt64(value & 63)) &- 1)
        return Int(before[word]) + below.nonzeroBitCount
    }

    /// Stands for the second character of one-character names in `startsName`.
    private static let anyCharacter: UInt32 = 0xFFFF_FFFE

    /// Bits in a pair hash: 64 K bits, 8 KB, to stay in the first-level cache.
    private static let pairBits = 16

    @inline(__always)
    private static func pairHash(_ first: UInt32, _ second: UInt32) -> Int {
        Int((first &* 0x9E37_79B1 ^ second &* 0x85EB_CA77) >> UInt32(32 - pairBits))
    }

    /// The character starting at `position` (ASCII in lower case) and its length in bytes;
    /// `noCharacter` and one byte inside a character or where the bytes are cut short.
    @inline(__always)
    private static func character(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32, Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (UInt32(lowercased(lead)), 1) }
        let remaining = bytes.count - position
        if lead >= 0xE0 && lead < 0xF0, remaining >= 3 {
            return (
                UInt32(lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6
                    | UInt32(bytes[position + 2] & 0x3F), 3
            )
        }
        if lead >= 0xC0 && lead < 0xE0, remaining >= 2 {
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F), 2)
        }
        if lead >= 0xF0, remaining >= 4 {
            return (
                UInt32(lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
                    | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F), 4
            )
        }
        return (noCharacter, 1)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
