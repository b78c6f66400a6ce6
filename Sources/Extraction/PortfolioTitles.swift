/// A minister's or secretary's title with a portfolio no list holds whole: "Minister of Transport",
/// "Minister of International Relations and Cooperation", "Minister of State for Internal
/// Affairs". Portfolios are too many and too varied to list (every government names its own), so
/// a listed title ending in an office ("minister", "secretary", "envoy", "minister of state") runs on
/// through "of" or "for" and the words of portfolios; a listed title ending in a portfolio word
/// ("minister of foreign affairs") runs on through "and" ("and International Cooperation"). The
/// first capitalised word after the portfolio that is not one of its words opens the name.
struct PortfolioTitles: Sendable {
    let gazetteer: Gazetteer

    /// The last words of titles that a portfolio may follow: a minister's, and an envoy's or
    /// adviser's remit ("Special Envoy for the Sahel", "Senior Adviser for Energy Security").
    static let offices: WordSet = [
        "minister", "secretary", "state", "commissioner", "envoy", "representative", "adviser", "advisor", "coordinator",
    ]
    /// Words that join the words of a portfolio.
    static let joiners: WordSet = ["and", "&", "of", "the", ","]
    static let words = WordLists.portfolioWords

    /// The last token of the title that begins with `title`, its portfolio included.
    func end(of title: Mention, in tokens: [Token]) -> Int {
        let last = title.last
        guard last + 2 < tokens.count else { return last }
        var k = last + 1
        let lastWord = tokens[last].lower
        if Self.offices.contains(lastWord), tokens[k].isWord(.of) || tokens[k].isWord(.for) {
            k += 1
            if tokens[k].isWord(.the) { k += 1 }
        } else if Self.words.contains(lastWord), ["and", "&"].contains(tokens[k].lower) {
            k += 1
        } else {
            return last
        }
        var end = last
        while k < tokens.count {
            if let words = portfolioWordsAt(tokens, k) {
                k += words
                end = k - 1
            } else if Self.joiners.contains(tokens[k].lower), k + 1 < tokens.count, portfolioWordsAt(tokens, k + 1) != nil {
                k += 1
            } else {
                break
            }
        }
        return end
    }

    /// How many tokens of portfolio begin at `k`: one portfolio word, or a state's adjective or
    /// name that a portfolio word follows ("European Affairs"); nil for a state alone ("Minister
    /// of Foreign Affairs of Oman") or any other word.
    private func portfolioWordsAt(_ tokens: [Token], _ k: Int) -> Int? {
        if let length = stateLength(tokens, at: k) {
            let next = k + length
            guard next < tokens.count, Self.words.contains(tokens[next].lower), stateLength(tokens, at: next) == nil else { return nil }
            return length
        }
        return Self.words.contains(tokens[k].lower) ? 1 : nil
    }

    /// The length in tokens of the state's name or adjective that begins at `k`, if one does.
    private func stateLength(_ tokens: [Token], at k: Int) -> Int? {
        guard let (entries, length, _) = gazetteer.trie.longestMatch(tokens, at: k),
            entries.contains(where: {
                if case .country = $0 { return true }
                return false
            })
        else { return nil }
        return length
    }
}
