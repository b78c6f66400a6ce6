/// The gazetteer's phrases as a trie over lowercase words, so that finding the longest phrase at
/// a position costs one dictionary lookup per word matched instead of one per candidate length.
///
/// The edges of all nodes live in one table keyed by (node, word): with some 50,000 phrases a
/// table per node meant as many small allocations at every start of the program.
struct PhraseTrie: Sendable {
    private struct Edge: Hashable, Sendable {
        let node: Int32
        let word: String
    }

    private var edges: [Edge: Int32] = [:]
    /// The entries of the phrase ending at each node, nil where none ends there; node 0 is the root.
    private var entries: [[Gazetteer.Entry]?] = [nil]

    init(_ phrases: [String: [Gazetteer.Entry]]) {
        // About two nodes per phrase: most are one or two words.
        edges.reserveCapacity(phrases.count * 2)
        entries.reserveCapacity(phrases.count * 2)
        for (key, phraseEntries) in phrases {
            var node: Int32 = 0
            for word in key.split(separator: " ") {
                let edge = Edge(node: node, word: String(word))
                if let next = edges[edge] {
                    node = next
                } else {
                    entries.append(nil)
                    node = Int32(entries.count - 1)
                    edges[edge] = node
                }
            }
            entries[Int(node)] = phraseEntries
        }
    }

    /// The longest phrase starting at token `i`: its entries, its length in tokens, and whether
    /// its last word carries a possessive ("Japan's", "Russia's").
    func longestMatch(_ tokens: [Token], at i: Int) -> ([Gazetteer.Entry], Int, Bool)? {
        var node: Int32 = 0
        var best: ([Gazetteer.Entry], Int, Bool)?
        var k = i
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .punctuation && !(t.text == "-" || t.text == "'" || t.text == ".") { break }
            let word = t.lower
            if word.hasSuffix("'s") || word.hasSuffix("'") {
                let stem = word.hasSuffix("'s") ? String(word.dropLast(2)) : String(word.dropLast(1))
                if let next = edges[Edge(node: node, word: stem)], let e = entries[Int(next)] { best = (e, k - i + 1, true) }
            }
            guard let next = edges[Edge(node: node, word: word)] else { break }
            node = next
            if let e = entries[Int(node)] { best = (e, k - i + 1, false) }
            k += 1
        }
        return best
    }
}
