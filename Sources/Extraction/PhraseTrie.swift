/// The gazetteer's phrases as a trie over lowercase words, so that finding the longest phrase at
/// a position costs one dictionary lookup per word matched instead of one per candidate length.
struct PhraseTrie: Sendable {
    struct Node: Sendable {
        var children: [String: Int] = [:]
        var entries: [Gazetteer.Entry]?
    }

    private(set) var nodes: [Node] = [Node()]

    init(_ phrases: [String: [Gazetteer.Entry]]) {
        for (key, entries) in phrases {
            var node = 0
            for word in key.split(separator: " ") {
                let w = String(word)
                if let next = nodes[node].children[w] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[w] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            nodes[node].entries = entries
        }
    }

    /// The longest phrase starting at token `i`: its entries, its length in tokens, and whether
    /// its last word carries a possessive ("Japan's", "Russia's").
    func longestMatch(_ tokens: [Token], at i: Int) -> ([Gazetteer.Entry], Int, Bool)? {
        var node = 0
        var best: ([Gazetteer.Entry], Int, Bool)?
        var k = i
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .punctuation && !(t.text == "-" || t.text == "'" || t.text == ".") { break }
            let word = t.lower
            if word.hasSuffix("'s") || word.hasSuffix("'") {
                let stem = word.hasSuffix("'s") ? String(word.dropLast(2)) : String(word.dropLast(1))
                if let next = nodes[node].children[stem], let e = nodes[next].entries { best = (e, k - i + 1, true) }
            }
            guard let next = nodes[node].children[word] else { break }
            node = next
            if let e = nodes[node].entries { best = (e, k - i + 1, false) }
            k += 1
        }
        return best
    }
}
