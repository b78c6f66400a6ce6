/// Sentences that put people at an encounter without a word of meeting of their own: "Also
/// present was A", "B and C were also present", "Attending were D and E", "F was in
/// attendance", "G and H also took part", "The delegation also included I", "J also attended.".
/// Their people join
/// the encounter reported just before (the guidelines count everyone named as taking part; an
/// aide "also present" took part).
struct MeetingPresence: Sendable {
    /// Words before "present" that make it the adjective of being there, not the verb ("will
    /// present the plan") nor the time ("at present").
    static let beingThere: WordSet = ["also", "was", "were", "is", "are", "been", "be"]
    /// Nouns of a party to talks whose members "included" people.
    static let parties: WordSet = ["side", "delegation", "team", "entourage", "party"]
    /// Prepositions that put a party at the talks: "the delegation at the talks", "the side to the meeting".
    static let partyPlaces: WordSet = ["at", "to", "in", "for"]
    /// Forms of "take" before "part".
    static let formsOfTake: WordSet = ["took", "taking", "take", "takes", "taken"]
    /// Nouns of the occasion a host gives a guest, "attended by" the people who joined it; and of
    /// a sitting of the talks ("The session was attended by"), and "it" for the one just told
    /// ("On the other side, it was attended by").
    static let hostedOccasions: WordSet = ["reception", "audience", "lunch", "luncheon", "dinner", "banquet", "session", "sessions", "it"]
    /// Words before a presence word that deny it ("was not present").
    static let negations: WordSet = ["not", "never", "n't"]

    /// Words that put a presence still to come: "Also present will be A", "B is expected to
    /// attend", "C is due to take part".
    static let comingWords: WordSet = ["will", "'ll", "shall", "expected", "scheduled", "due"]

    /// Whether the sentence puts the presence ahead ("Also present will be A").
    func saysToCome(_ s: AnalyzedSentence) -> Bool {
        for t in s.tokens {
            // "Also present was A, who will chair the next round": the aside's future is its own.
            if t.isWord(.who) || t.isWord(.which) { return false }
            if Self.comingWords.contains(t.lower) { return true }
        }
        return false
    }

    /// Whether the sentence says someone was there.
    func saysPresent(_ s: AnalyzedSentence) -> Bool {
        s.tokens.indices.contains { isPresenceWord(s, at: $0) }
    }

    /// Whether the clause between `range` holds a presence word ("Present at the talks were A
    /// and B"), for a clause that has a meeting word of its own.
    func saysPresent(_ s: AnalyzedSentence, in range: Range<Int>) -> Bool {
        range.contains { isPresenceWord(s, at: $0) }
    }

    /// Whether the sentence says "The session was attended by": the sitting of the talks just
    /// reported, with the people who joined it named after "by".
    func saysSessionAttended(_ s: AnalyzedSentence) -> Bool {
        s.tokens.indices.contains { k in
            k >= 2 && s.tokens[k].lower == "attended" && (s.isWord(k - 2, .session) || s.isWord(k - 2, .sessions)) && isPresenceWord(s, at: k)
        }
    }

    private func isPresenceWord(_ s: AnalyzedSentence, at k: Int) -> Bool {
        // A bit test first: every token of every sentence naming someone is read here.
        guard s.tokens[k].isListed(.presenceWord) else { return false }
        let word = s.tokens[k].lower
        let before = s.word(k - 1)
        if let before, Self.negations.contains(before) { return false }
        switch word {
        case "attendance":
            // "in attendance"
            return before == "in"
        case "included", "includes":
            // "The Hungarian side also included A and B", "The delegation included C": the
            // members of a party to the talks; not "the agenda included".
            // "The Fijian delegation at the talks included E": the party, then where it sat.
            var j = before == "also" ? k - 2 : k - 1
            if j >= 3, s.tokens[j].isListed(.meetingTrigger), s.isWord(j - 1, .the), s.word(j - 2).map(Self.partyPlaces.contains) == true { j -= 3 }
            return s.word(j).map(Self.parties.contains) == true
        case "part":
            // "C and D also took part", "Also taking part were E and F"; not "took part in the
            // vote", which names an event of its own.
            guard let before, Self.formsOfTake.contains(before) else { return false }
            return s.isWord(k - 2, .also) || s.word(k + 1) == nil || s.word(k + 1) == "."
        case "attended":
            // "C and D also attended.": attended the encounter just reported; not "also attended
            // a dinner", which names an event of its own.
            if before == "also" && (s.word(k + 1) == nil || s.word(k + 1) == ".") { return true }
            // "The reception was attended by C and D": the occasion of a host's receiving a
            // guest, just reported, with its guests named after "by".
            return (before == "was" || before == "were") && s.word(k + 1) == "by" && s.word(k - 2).map(Self.hostedOccasions.contains) == true
        case "present":
            // "present-day", "Present day": a time, not a presence.
            if s.word(k + 1) == "-" || s.isWord(k + 1, .day) { return false }
            return k == 0 || before.map(Self.beingThere.contains) == true
        case "sat":
            // "C and D sat in on the talks", "E sat in": seated at the encounter just reported;
            // not "sat in the front row".
            return s.word(k + 1) == "in" && (s.word(k + 2) == "on" || s.word(k + 2) == nil || s.word(k + 2) == ".")
        case "table":
            // "Among those at the table were A and B", "Also around the table was C": seated at
            // the encounter just reported; not "on the table", which is a matter raised.
            return before == "the" && (s.word(k - 2) == "at" || s.word(k - 2) == "around") && s.word(k + 1).map(Self.beingThere.contains) == true
        default:
            // "Attending were A and B", "Also attending the talks was C"; not "A is attending a
            // summit", which reports an event of its own.
            return k == 0 || before == "also"
        }
    }
}
