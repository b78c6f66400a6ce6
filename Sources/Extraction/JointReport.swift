/// Two people reported acting together with no word of meeting: "A and his counterpart B agreed
/// here yesterday to hand the dispute to a working group". A lead of that kind says where and
/// when they were together; an encounter of "the two leaders" reported right after it, with no
/// day or place of its own, took place then and there.
struct JointReport: Sendable {
    var sentence: Int
    var people: Set<Int>
    var date: DateExpression?
    var place: String?
    /// The verb the two are the subject of ("agreed", "signed").
    var verb: Int

    /// How many sentences on "the two leaders" still take the joint report's day and place: a
    /// lead, then a paragraph of background (three or four sentences), then the talks.
    static let reach = 6

    /// The joint report of sentence `s`, when two named people are its coordinated subject ("A
    /// and B", "A and his Tongan counterpart B") followed by a verb, and it gives a day or a place.
    static func find(
        in s: AnalyzedSentence, named: [PersonMention], dateStage: MeetingDateReader, placeStage: MeetingPlaceReader, here: String?
    ) -> JointReport? {
        guard named.count >= 2 else { return nil }
        for (a, b) in zip(named, named.dropFirst()) where a.person != b.person && a.last + 1 < b.first {
            let aEnd = endOfStateOf(a, in: s)
            let bEnd = endOfStateOf(b, in: s)
            guard aEnd + 1 < b.first, s.tokens[aEnd + 1].isWord(.and),
                (aEnd + 2..<b.first).allSatisfy({ k in
                    s.mention(at: k).map { $0.isTitle || $0.countryCode != nil }
                        ?? (s.tokens[k].isListed(.counterpartWord) || s.tokens[k].isWord(.his) || s.tokens[k].isWord(.her))
                }),
                bEnd + 1 < s.tokens.count, s.tokens[bEnd + 1].kind == .word, !s.tokens[bEnd + 1].isCapitalized
            else { continue }
            return report(in: s, people: [a.person, b.person], verb: bEnd + 1, dateStage: dateStage, placeStage: placeStage, here: here)
        }
        return addressed(in: s, named: named, dateStage: dateStage, placeStage: placeStage, here: here)
    }

    /// The last token of a person's phrase: the name, or the state after it ("President A of
    /// Mali and President B of Senegal signed ...").
    static func endOfStateOf(_ m: PersonMention, in s: AnalyzedSentence) -> Int {
        guard m.last + 2 < s.tokens.count, s.tokens[m.last + 1].isWord(.of), let state = s.mention(at: m.last + 2), state.first == m.last + 2,
            state.countryCode != nil
        else { return m.last }
        return state.last
    }

    /// Verbs by which one person speaks to another named right after them: "A told B on
    /// Thursday that ...", "A assured B ...". A lead of that kind reports the two together.
    static let addressingVerbs: WordSet = ["told", "assured", "informed", "briefed", "urged", "thanked"]

    /// "A told Foreign Secretary B on Thursday that ...": the speaker, the one spoken to (past a
    /// title or a state), and the lead's day or place.
    static func addressed(
        in s: AnalyzedSentence, named: [PersonMention], dateStage: MeetingDateReader, placeStage: MeetingPlaceReader, here: String?
    ) -> JointReport? {
        for (a, b) in zip(named, named.dropFirst()) where a.person != b.person && a.last + 2 <= b.first {
            let verb = a.last + 1
            guard addressingVerbs.contains(s.tokens[verb].lower),
                (verb + 1..<b.first).allSatisfy({ k in s.mention(at: k).map { $0.isTitle || $0.countryCode != nil || $0.kind.isHonorific } ?? false })
            else { continue }
            return report(in: s, people: [a.person, b.person], verb: verb, dateStage: dateStage, placeStage: placeStage, here: here)
        }
        return nil
    }

    /// The joint report of the two people of sentence `s` around the verb at `verb`, when the
    /// sentence gives a day or a place.
    static func report(
        in s: AnalyzedSentence, people: Set<Int>, verb: Int, dateStage: MeetingDateReader, placeStage: MeetingPlaceReader, here: String?
    ) -> JointReport? {
        let clause = EncounterClause(range: 0..<s.tokens.count, trigger: verb)
        let date = dateStage.date(in: s, clause: clause)
        let place = here ?? placeStage.place(in: s, near: clause.trigger, clause: clause.range, cityOfVenue: nil)
        guard date != nil || place != nil else { return nil }
        return JointReport(sentence: s.index, people: people, date: date, place: place, verb: verb)
    }
}
