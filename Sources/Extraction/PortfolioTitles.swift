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
    /// Words after an office that say whom or what it serves, before "to" or "for".
    static let remitLinks: WordSet = ["attached", "delegate", "responsible", "assigned"]
    /// Words that join the words of a portfolio.
    static let joiners: WordSet = ["and", "&", "of", "the", ","]
    static let words = WordLists.portfolioWords

    /// Offices that head a body named after them: "Chairman of the National Assembly A B".
    static let bodyOffices: WordSet = ["chairman", "chairwoman", "chair", "president", "speaker", "head", "director", "secretary", "governor"]
    /// The most words of a body's name after "of the": "the Hanoi People's Committee".
    static let bodyNameReach = 6

    /// The last token of the title that begins with `title`, its portfolio included.
    func end(of title: Mention, in tokens: [Token]) -> Int {
        let last = title.last
        guard last + 2 < tokens.count else { return last }
        if let body = bodyNameEnd(after: last, in: tokens) { return body }
        var k = last + 1
        let lastWord = tokens[last].lower
        // "Minister Attached to the Prime Minister", "Minister Responsible for Trade": a word that
        // links an office to whom or what it serves is part of the title, not a surname.
        if tokens[k + 1].isWord(.to) || tokens[k + 1].isWord(.for), Self.offices.contains(lastWord), Self.remitLinks.contains(tokens[k].lower) {
            let link = k
            k += 2
            if k < tokens.count, tokens[k].isWord(.the) { k += 1 }
            var end = link
            while k < tokens.count, let words = portfolioWordsAt(tokens, k) {
                k += words
                end = k - 1
            }
            return end
        }
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

    /// "Chairman of the National Assembly A B", "Chairman of the Hanoi People's Committee A B":
    /// after an office that heads a body, "of" and the body's capitalised name ending in a word
    /// of bodies (organisation-words.txt), when a capitalised name follows it; the token that
    /// ends the body's name, else nil.
    private func bodyNameEnd(after last: Int, in tokens: [Token]) -> Int? {
        guard Self.bodyOffices.contains(tokens[last].lower), tokens[last + 1].isWord(.of) else { return nil }
        var k = last + 2
        if k < tokens.count, tokens[k].isWord(.the) { k += 1 }
        let first = k
        // The capitalised run after "of the": the body's name, then the person's.
        var runEnd = first - 1
        while runEnd + 1 < tokens.count, runEnd + 1 - first < Self.bodyNameReach + Self.nameWords, tokens[runEnd + 1].kind == .word,
            tokens[runEnd + 1].isCapitalized
        {
            runEnd += 1
        }
        // The body's name ends at its last word of bodies that leaves a name of two words or more.
        guard runEnd - first >= 2 else { return nil }
        var j = runEnd - 2
        while j >= first {
            if j - first < Self.bodyNameReach, gazetteer.isListed(tokens, j, .organisation), runEnd - j <= Self.nameWords {
                // "President of the Russian Federation A B": a state, which says whom A serves.
                return stateLength(tokens, at: first) == nil ? j : nil
            }
            j -= 1
        }
        return nil
    }

    /// The most words of the name after a body's: "Zandaakhuu Enkhbold", "Tran Sy Thanh".
    static let nameWords = 4

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
