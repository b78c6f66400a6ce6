/// Distances in words rather than tokens: a person's name, a title, an honorific or a state reads
/// as one word however many tokens it has, and punctuation as none, so a reach set in words does
/// not shrink before "Deputy Prime Minister Tomas Kaguta Rell of Canada" or a list "A, B and C".
extension Mention {
    /// Matched on the case alone: `countryCode != nil` took a copy of the state's code to test it.
    var readsAsOneWord: Bool {
        switch kind {
        case .name, .title, .country, .honorific: return true
        case .place, .territory: return false
        }
    }
}

extension AnalyzedSentence {
    /// Words from token `a` to token `b` (`b - a` with each such mention between them as one).
    func words(from a: Int, to b: Int) -> Int {
        var n = b - a
        for j in mentions.indices where mentions[j].first > a && mentions[j].last < b && mentions[j].readsAsOneWord {
            n -= mentions[j].last - mentions[j].first
        }
        // Commas, brackets and quotation marks are no words: "A, B and C (D)" is four.
        if a + 1 < b { n -= (a + 1..<b).count { tokens[$0].kind == .punctuation && !isInsideOneWordMention($0) } }
        return n
    }

    private func isInsideOneWordMention(_ k: Int) -> Bool {
        guard let j = mentionIndex(at: k) else { return false }
        return mentions[j].readsAsOneWord
    }

    /// The token after the first `count` words that follow token `i`, at most `limit`.
    func end(after i: Int, words count: Int, limit: Int) -> Int {
        var k = i + 1
        var counted = 0
        while k < limit, counted < count {
            // The mention read in place, by its index: a copy retained a state's code.
            if let j = mentionIndex(at: k), mentions[j].first == k, mentions[j].readsAsOneWord {
                k = mentions[j].last + 1
            } else if tokens[k].kind == .punctuation {
                k += 1
                continue
            } else {
                k += 1
            }
            counted += 1
        }
        return min(k, limit)
    }

    /// The first token of the `count` words that come before token `i`, at least `limit`.
    func start(before i: Int, words count: Int, limit: Int) -> Int {
        var k = i - 1
        var counted = 0
        while k >= limit, counted < count {
            if let j = mentionIndex(at: k), mentions[j].last == k, mentions[j].readsAsOneWord {
                k = mentions[j].first - 1
            } else if tokens[k].kind == .punctuation {
                k -= 1
                continue
            } else {
                k -= 1
            }
            counted += 1
        }
        return max(k + 1, limit)
    }
}
