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
        for s in sentences {
            guard let cue = cueEnd(in: s) else { continue }
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
        for start in s.tokens.indices {
            guard s.tokens[start].classes.contains(.delegationCueStart), let cues = WordLists.delegationCues[s.tokens[start].lower] else { continue }
            for cue in cues where start + cue.count <= s.tokens.count {
                if (0..<cue.count).allSatisfy({ s.tokens[start + $0].lower == cue[$0] }) { return (start, start + cue.count - 1) }
            }
        }
        return nil
    }

    func headOfParty(in s: AnalyzedSentence, before cue: Int, mentions: [PersonMention], records: [PersonRecord]) -> Int? {
        if let named = mentions.last(where: { $0.last < cue }) { return named.person }
        // "The Prime Minister was accompanied by": the one person of the article with that title.
        guard let title = s.mentions.last(where: { $0.isTitle && $0.last < cue }) else { return nil }
        let head = s.text(title.first, title.last).lowercased()
        let holders = records.indices.filter { records[$0].title?.lowercased() == head }
        return holders.count == 1 ? holders[0] : nil
    }
}
