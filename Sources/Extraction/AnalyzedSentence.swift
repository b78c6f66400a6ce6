/// A sentence with its tokens and what the tagger recognised in it.
struct AnalyzedSentence: Sendable {
    var index: Int
    var start: Int
    var end: Int
    var tokens: [Token]
    var mentions: [Mention]
    /// Where its tokens' `text` and `lower` live: held here, so that sentences keep their
    /// tokens' strings alive wherever they go.
    let strings: TokenStrings

    /// The mention covering token `i`, if any. This and `mention(endingAt:)` are inlined: the
    /// stages ask them some 19,000 times over 300 articles, and a call copied the mention found
    /// (retaining a state's code) where the caller mostly reads a field or two of it.
    @inline(__always) func mention(at i: Int) -> Mention? {
        mentionIndex(at: i).map { mentions[$0] }
    }

    /// The index of `mention(at: i)` in `mentions`: for a caller that reads a field or two of it
    /// in place, at each word of a walk, without copying the mention (and retaining its state's
    /// code) as `first(where:)` did.
    @inline(__always) func mentionIndex(at i: Int) -> Int? {
        var j = 0
        while j < mentions.count {
            if mentions[j].first <= i && i <= mentions[j].last { return j }
            j += 1
        }
        return nil
    }

    /// Whether mention `k` is on the same word as the one before it: the second state of
    /// "India-Pakistan".
    func pairsWithPrevious(_ k: Int) -> Bool {
        k > 0 && mentions[k - 1].first == mentions[k].first
    }

    /// The mention that ends right before token `i` (skipping nothing).
    @inline(__always) func mention(endingAt i: Int) -> Mention? {
        mentions.last { $0.last == i }
    }

    func word(_ i: Int) -> String? {
        i >= 0 && i < tokens.count ? tokens[i].lower : nil
    }

    /// Whether token `i` is the word `w` (`word(i) == w.text`); false outside the sentence.
    @inline(__always) func isWord(_ i: Int, _ w: FixedWord) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isWord(w)
    }

    func text(_ first: Int, _ last: Int) -> String {
        // One token (most titles, states and one-word names): its text as it is. Appended to an
        // empty string it cost a call of `String.append` (some 180 instructions), 14,162 of them
        // over 300 articles.
        if first == last { return tokens[first].text }
        var out = ""
        for k in first...last {
            if k > first, tokens[k].spaceBefore { out += " " }
            out += tokens[k].text
        }
        return out
    }

    /// The sentence reduced to some of its token ranges (in order), mentions re-indexed; for
    /// reading one of several territories a sentence names only from the words about it.
    func keeping(_ ranges: [Range<Int>]) -> AnalyzedSentence {
        var kept: [Token] = []
        var newIndex = [Int](repeating: -1, count: tokens.count)
        for r in ranges {
            for k in r where k >= 0 && k < tokens.count {
                newIndex[k] = kept.count
                kept.append(tokens[k])
            }
        }
        let ms = mentions.compactMap { m -> Mention? in
            guard newIndex[m.first] >= 0, newIndex[m.last] >= 0 else { return nil }
            return Mention(kind: m.kind, first: newIndex[m.first], last: newIndex[m.last])
        }
        return AnalyzedSentence(index: index, start: start, end: end, tokens: kept, mentions: ms, strings: strings)
    }
}
