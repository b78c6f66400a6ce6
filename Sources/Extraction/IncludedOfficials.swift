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

    /// The token that opens the list ("including", "among them", "such as") and the state of the
    /// group before it.
    func listOfAStatesGroup(in s: AnalyzedSentence) -> (Int, String)? {
        // From the noun of the group, a bit of the token's lists, to the opener after it: this
        // reads every word of the article, and few are such nouns.
        for g in s.tokens.indices where g >= 1 && s.tokens[g].isListed(.groupReference) {
            var k = g + 1
            if k < s.tokens.count, Token.isMark(s.tokens, k, UInt8(ascii: ",")) { k += 1 }
            guard k < s.tokens.count, Self.listOpeners.contains(s.tokens[k].lower) else { continue }
            // "among them", "such as": the opener's second word.
            if s.tokens[k].lower == "among", s.word(k + 1) != "them" { continue }
            if s.tokens[k].lower == "such", s.word(k + 1) != "as" { continue }
            for end in stride(from: g - 1, through: max(0, g - 1 - Self.wordsBetweenStateAndGroup), by: -1) {
                if let state = s.mention(endingAt: end), let code = state.countryCode { return (k, code) }
            }
        }
        return nil
    }
}
