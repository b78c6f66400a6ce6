/// The state of people listed as members of a state's group: "met top Jordanian officials,
/// including A, B and C", "Kenyan ministers such as D". A person named in such a list serves the
/// state that names the group; this is read before any guess from the article as a whole, and
/// never overrides what a person's own phrase says.
struct IncludedOfficials: Sendable {
    /// Words that open the list of the group's members.
    static let listOpeners: WordSet = ["including", "among", "such"]
    /// How many words may stand between the state and the noun of the group: "Jordanian
    /// government officials", "Kenyan cabinet ministers".
    static let wordsBetweenStateAndGroup = 1

    func assign(_ records: inout [PersonRecord], sentences: [AnalyzedSentence]) {
        var mentionsBySentence: PersonMentionsBySentence?
        for si in sentences.indices {
            guard let (opener, state) = listOfAStatesGroup(in: sentences[si]) else { continue }
            let bySentence = mentionsBySentence ?? PersonMentionsBySentence(records)
            mentionsBySentence = bySentence
            for m in bySentence[sentences[si].index] where m.first > opener && records[m.person].country == nil {
                records[m.person].country = state
            }
        }
    }

    @inline(__always) static func mayOpenAList(_ tokens: [Token], _ k: Int) -> Bool {
        Token.mayBeginWith(tokens, k, UInt8(ascii: "i")) || Token.mayBeginWith(tokens, k, UInt8(ascii: "a"))
            || Token.mayBeginWith(tokens, k, UInt8(ascii: "s"))
    }

    /// The token that opens the list ("including", "among them", "such as") and the state of the
    /// group before it.
    func listOfAStatesGroup(in s: AnalyzedSentence) -> (Int, String)? {
        // A test of the first byte before the set is asked: this reads every word of the article.
        for k in s.tokens.indices where k >= 2 && Self.mayOpenAList(s.tokens, k) && Self.listOpeners.contains(s.tokens[k].lower) {
            // "among them", "such as": the opener's second word.
            if s.tokens[k].lower == "among", s.word(k + 1) != "them" { continue }
            if s.tokens[k].lower == "such", s.word(k + 1) != "as" { continue }
            var g = k - 1
            if Token.isMark(s.tokens, g, UInt8(ascii: ",")) { g -= 1 }
            guard g >= 1, WordLists.groupReferences.contains(s.tokens[g].lower) else { continue }
            for end in stride(from: g - 1, through: max(0, g - 1 - Self.wordsBetweenStateAndGroup), by: -1) {
                if let state = s.mention(endingAt: end), let code = state.countryCode { return (k, code) }
            }
        }
        return nil
    }
}
