/// A sentence with its tokens and what the tagger recognised in it.
struct AnalyzedSentence: Sendable {
    var index: Int
    var start: Int
    var end: Int
    var tokens: [Token]
    var mentions: [Mention]

    /// The mention covering token `i`, if any.
    func mention(at i: Int) -> Mention? {
        mentions.first { $0.first <= i && i <= $0.last }
    }

    /// The mention that ends right before token `i` (skipping nothing).
    func mention(endingAt i: Int) -> Mention? {
        mentions.last { $0.last == i }
    }

    func word(_ i: Int) -> String? {
        i >= 0 && i < tokens.count ? tokens[i].lower : nil
    }

    func text(_ first: Int, _ last: Int) -> String {
        var out = ""
        for k in first...last {
            if k > first, tokens[k].spaceBefore { out += " " }
            out += tokens[k].text
        }
        return out
    }
}
