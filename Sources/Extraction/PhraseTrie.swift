/// The gazetteer's phrases as a trie over words, so that finding the longest phrase at a position
/// costs one table probe per word matched instead of one lookup per candidate length.
///
/// Words are the lexicon's numbers, which every token carries: the edges of all nodes live in one
/// open-addressing table keyed by (node, word number), and a probe hashes one integer, not a
/// string. With some 50,000 phrases a table per node meant as many small allocations at every
/// start of the program.
struct PhraseTrie: Sendable {
    /// (node << 32 | word) + 1 per slot, 0 for an empty slot, and the node the edge leads to.
    private let keys: [UInt64]
    private let targets: [Int32]
    private let slotMask: Int
    /// The entries of the phrase ending at each node, nil where none ends there; node 0 is the root.
    private let entries: [[Gazetteer.Entry]?]
    /// The same entries end to end, node by node, and where each node's are among them: the tagger
    /// reads a phrase's entries in place there, where taking a node's array retained and released it.
    let flatEntries: [Gazetteer.Entry]
    private let entryStarts: [Int32]

    /// `words`: each phrase's word numbers, in the order of `phrases` (as `Lexicon` gives them).
    init(_ phrases: [String: [Gazetteer.Entry]], words: [[Int32]]) {
        var entries: [[Gazetteer.Entry]?] = [nil]
        // About two nodes per phrase: most are one or two words.
        entries.reserveCapacity(phrases.count * 2)
        var edges: [(UInt64, Int32)] = []
        edges.reserveCapacity(phrases.count * 2)
        var built: [UInt64: Int32] = [:]
        built.reserveCapacity(phrases.count * 2)
        for ((_, phraseEntries), phraseWords) in zip(phrases, words) {
            var node: Int32 = 0
            for word in phraseWords {
                let edge = PhraseTrie.key(node, word)
                if let next = built[edge] {
                    node = next
                } else {
                    entries.append(nil)
                    node = Int32(entries.count - 1)
                    built[edge] = node
                    edges.append((edge, node))
                }
            }
            entries[Int(node)] = phraseEntries
        }
        var size = 1024
        while size < edges.count * 2 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var targets = [Int32](repeating: 0, count: size)
        for (edge, node) in edges {
            var slot = PhraseTrie.slot(edge, size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = edge &+ 1
            targets[slot] = node
        }
        self.keys = keys
        self.targets = targets
        self.slotMask = size - 1
        self.entries = entries
        var flat: [Gazetteer.Entry] = []
        var starts: [Int32] = []
        starts.reserveCapacity(entries.count + 1)
        for nodeEntries in entries {
            starts.append(Int32(flat.count))
            flat += nodeEntries ?? []
        }
        starts.append(Int32(flat.count))
        self.flatEntries = flat
        self.entryStarts = starts
    }

    @inline(__always) private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The node the edge from `node` over word number `word` leads to.
    @inline(__always) private func next(_ node: Int32, _ word: Int32) -> Int32? {
        guard word != Lexicon.unknown else { return nil }
        let key = PhraseTrie.key(node, word)
        var slot = PhraseTrie.slot(key, slotMask)
        while true {
            let k = keys[slot]
            if k == 0 { return nil }
            if k == key &+ 1 { return targets[slot] }
            slot = (slot + 1) & slotMask
        }
    }

    /// A phrase found at a token: the node it ends at, its length in tokens, and whether its last
    /// word carries a possessive. Plain data, so a sentence's matches are kept without reference
    /// counting.
    struct Match: Sendable {
        var node: Int32
        var length: Int32
        var possessive: Bool
    }

    /// The entries of the phrase a match found.
    func entries(_ match: Match) -> [Gazetteer.Entry] {
        entries[Int(match.node)] ?? []
    }

    /// Where the entries of the phrase a match found are in `flatEntries` (empty for no phrase).
    @inline(__always) func entryRange(_ match: Match) -> Range<Int> {
        Int(entryStarts[Int(match.node)])..<Int(entryStarts[Int(match.node) + 1])
    }

    /// The longest phrase starting at token `i`: its entries, its length in tokens, and whether
    /// its last word carries a possessive ("Japan's", "Russia's").
    func longestMatch(_ tokens: [Token], at i: Int) -> ([Gazetteer.Entry], Int, Bool)? {
        guard let m = match(tokens, at: i) else { return nil }
        return (entries(m), Int(m.length), m.possessive)
    }

    /// The longest phrase starting at token `i`, as a `Match`.
    func match(_ tokens: [Token], at i: Int) -> Match? {
        // The whole walk, without `longest`'s first test (which the tests hold to it).
        let m = walk(tokens, from: i)
        return m.length > 0 ? m : nil
    }

    /// The longest phrase starting at token `i`, as a `Match` of length 0 (at the root) where
    /// there is none: what the tagger keeps for each token, without an optional to unwrap.
    @inline(__always) func longest(_ tokens: [Token], at i: Int) -> Match {
        // A word the lexicon does not number, nor its stem, begins no phrase (the walk's first
        // step needs one or the other): a third of the words the tagger asks about, answered
        // here without the call.
        if tokens[i].word == Lexicon.unknown && tokens[i].stem == Lexicon.unknown { return Match(node: 0, length: 0, possessive: false) }
        return walk(tokens, from: i)
    }

    /// `longest` past its first test.
    private func walk(_ tokens: [Token], from i: Int) -> Match {
        var node: Int32 = 0
        var bestNode: Int32 = -1
        var bestLength = 0
        var bestPossessive = false
        var k = i
        while k < tokens.count {
            let (kind, word, stem) = tokens.withUnsafeBufferPointer { ($0[k].kind, $0[k].word, $0[k].stem) }
            if kind == .punctuation && !(Token.isMark(tokens, k, 45) || Token.isMark(tokens, k, 39) || Token.isMark(tokens, k, 46)) { break }
            if stem != Lexicon.unknown, let next = next(node, stem), entries[Int(next)] != nil {
                bestNode = next
                bestLength = k - i + 1
                bestPossessive = true
            }
            guard let next = next(node, word) else { break }
            node = next
            if entries[Int(node)] != nil {
                bestNode = node
                bestLength = k - i + 1
                bestPossessive = false
            }
            k += 1
        }
        guard bestNode >= 0, entries[Int(bestNode)] != nil else { return Match(node: 0, length: 0, possessive: false) }
        return Match(node: bestNode, length: Int32(bestLength), possessive: bestPossessive)
    }
}
