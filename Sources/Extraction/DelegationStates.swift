/// The state of officials named as someone's party: "the President was accompanied by Finance
/// Minister A and Defence Minister B", "the minister's delegation included A". People who travel
/// with a leader serve the leader's state; this is read before any guess from the article as a
/// whole, and never overrides what a person's own phrase says.
struct DelegationStates: Sendable {
    /// The head of the party: the person named last before the cue in its sentence, or the one
    /// person of the article whose title the sentence names before it ("The Prime Minister was
    /// accompanied by ...").
    func assign(_ records: inout [PersonRecord], sentences: [AnalyzedSentence]) {
        // Gathered at the first cue: most articles have none, and then no mention is gathered
        // at all. Only states change below, never mentions, so gathering later reads the same.
        var mentionsBySentence: PersonMentionsBySentence?
        // Each sentence read in place until it holds a cue (few do): a copy of each retained and
        // released its tokens, mentions and strings.
        for si in sentences.indices {
            guard let cue = cueEnd(in: sentences[si].tokens) else { continue }
            let s = sentences[si]
            let bySentence = mentionsBySentence ?? PersonMentionsBySentence(records)
            mentionsBySentence = bySentence
            let mentions = bySentence[s.index].sorted { $0.first < $1.first }
            guard let head = headOfParty(in: s, before: cue.start, mentions: mentions, records: records),
                let state = records[head].country
            else { continue }
            for m in mentions where m.first > cue.end && m.person != head && records[m.person].country == nil {
                records[m.person].country = state
            }
        }
    }

    /// The token range of the first delegation cue of the sentence.
    func cueEnd(in s: AnalyzedSentence) -> (start: Int, end: Int)? {
        cueEnd(in: s.tokens)
    }

    /// `cueEnd(in:)` of a sentence's tokens, which `assign` reads in place.
    func cueEnd(in tokens: [Token]) -> (start: Int, end: Int)? {
        for start in tokens.indices {
            guard tokens[start].classes.contains(.delegationCueStart), let cues = WordLists.delegationCues[tokens[start].lower] else { continue }
            for cue in cues where start + cue.count <= tokens.count {
                if (0..<cue.count).allSatisfy({ tokens[start + $0].lower == cue[$0] }) { return (start, start + cue.count - 1) }
            }
        }
        return nil
    }

    func headOfParty(in s: AnalyzedSentence, before cue: Int, mentions: [PersonMention], records: [PersonRecord]) -> Int? {
        // "A met B in C, accompanied by D": a participle set off by a comma tells of the
        // clause's subject, the first named, not of the person met.
        if cue >= 1, Token.isMark(s.tokens, cue - 1, UInt8(ascii: ",")), let subject = mentions.first(where: { $0.last < cue }) {
            return subject.person
        }
        if let named = mentions.last(where: { $0.last < cue }) { return named.person }
        // "The Prime Minister was accompanied by": the one person of the article with that title.
        guard let title = s.mentions.last(where: { $0.isTitle && $0.last < cue }) else { return nil }
        let head = s.text(title.first, title.last).lowercased()
        let holders = records.indices.filter { records[$0].title?.lowercased() == head }
        return holders.count == 1 ? holders[0] : nil
    }
}
