/// "A met B in C on Monday. ... B will visit D later this year": a visit announced to the capital
/// (or the state) of a counterpart the visitor has met earlier in the article is the two people's next
/// encounter, planned, in that city (no place where only the state is named, as the guidelines
/// put it). The host is the person of that state whom the visitor met before: a return visit.
/// An invitation to visit not yet accepted, a hope or a refusal is no meeting (guidelines).
struct ReturnVisits: Sendable {
    /// Words right before "visit" (the verb) that put it to come: "will visit", "to visit", "is
    /// to visit", "would visit" (a plan reported in the past).
    static let comingMarkers: WordSet = ["will", "to", "would", "shall"]
    /// Verbs whose object "a visit to C" is the visit: "make a visit to C", "pay a return visit".
    static let visitMakingVerbs: WordSet = ["make", "pay"]
    /// Words between the verb and "visit": "make his first official visit to".
    static let visitNounReach = 4
    /// Words of an invitation: an invitation to visit is a meeting only once accepted.
    static let invitationWords: WordSet = ["invited", "invitation", "invites", "invite"]
    /// The verb or noun of a visit.
    static let visitWords: WordSet = ["visit", "visits"]

    /// The planned encounters of return visits that `sentences` announce, for visitors who took
    /// part in one of `meetings` with a person of the state visited.
    func encounters(
        in sentences: [AnalyzedSentence], meetings: [MeetingFact], mentionsBySentence: PersonMentionsBySentence, people: [PersonRecord],
        dateStage: MeetingDateReader, publication: Day?
    ) -> [MeetingFact] {
        guard !meetings.isEmpty else { return [] }
        var out: [MeetingFact] = []
        for s in sentences {
            // Most sentences have no word "visit": a byte per word rules most words out.
            guard
                let k = s.tokens.indices.first(where: {
                    (Token.mayBeginWith(s.tokens, $0, UInt8(ascii: "v")) && Self.visitWords.contains(s.tokens[$0].lower))
                        || (Token.mayBeginWith(s.tokens, $0, UInt8(ascii: "e")) && isExpectedIn(at: $0, in: s))
                }),
                let destination = destination(after: k, in: s),
                s.tokens[k].lower == "expected" || isComing(visitAt: k, in: s), !isVoided(before: k, in: s)
            else { continue }
            let named = mentionsBySentence[s.index].filter { $0.last < k }
            // A trip home ("will visit Lagos before returning") is no visit to a host.
            guard let visitor = named.max(by: { $0.first < $1.first })?.person, people[visitor].country != destination.state else { continue }
            let visitorName = people[visitor].name
            // The host: a person of the state visited whom the visitor met before this sentence
            // (met: a planned encounter and a visit to another city are steps of one trip).
            let hosts = meetings.filter { m in
                m.status == .held && m.participants.contains(visitorName) && m.evidence.allSatisfy { $0.sentence < s.index }
            }
            .flatMap(\.participants)
            .compactMap { name in people.firstIndex { $0.name == name } }
            .filter { $0 != visitor && people[$0].country == destination.state }
            // The visitor's counterpart when one was met (a prime minister's return visit is to the
            // prime minister, not to the ministers who joined their talks), else the last met.
            let title = people[visitor].title?.lowercased()
            // "will visit C at the invitation of C's Prime Minister B": a person of the state
            // visited whom the sentence names after the visit is the host, over anyone met before.
            let namedHost = mentionsBySentence[s.index].first { $0.first > k && $0.person != visitor && people[$0.person].country == destination.state }?.person
            guard let host = namedHost ?? hosts.first(where: { title != nil && people[$0].title?.lowercased() == title }) ?? hosts.last else { continue }
            let clause = EncounterClause(range: k..<s.tokens.count, trigger: k)
            let day = dateStage.date(in: s, clause: clause)?.resolve(publication: publication, future: true)
            out.append(
                MeetingFact(
                    participants: [visitorName, people[host].name], status: .planned, date: day, datePrecision: day == nil ? .none : .day,
                    place: destination.city, mode: .inPerson, evidence: [Evidence(sentence: s.index, start: s.start, end: s.end)]))
        }
        return out
    }

    /// "B is expected in C for a state visit": a visit to come told by where the visitor is
    /// expected (not "expected to", which the words after it tell).
    func isExpectedIn(at k: Int, in s: AnalyzedSentence) -> Bool {
        s.tokens[k].lower == "expected" && s.isWord(k + 1, .in) && k >= 1 && ["is", "are", "was", "were"].contains(s.tokens[k - 1].lower)
    }

    /// The place visited, right after "visit", "visit to" or "expected in": its state, and the
    /// city where one is named.
    func destination(after k: Int, in s: AnalyzedSentence) -> (state: String, city: String?)? {
        var n = k + 1
        if n < s.tokens.count, s.tokens[n].isWord(.to) || s.tokens[n].isWord(.in) { n += 1 }
        guard let m = s.mention(at: n), m.first == n else { return nil }
        switch m.kind {
        case .place(let country): return (country, s.text(m.first, m.last))
        case .country(let code, .metonym, false): return (code, s.text(m.first, m.last))
        case .country(let code, _, false): return (code, nil)
        default: return nil
        }
    }

    /// "will visit", "is to visit", "accepted an invitation to visit", "will make his first visit to".
    func isComing(visitAt k: Int, in s: AnalyzedSentence) -> Bool {
        guard k >= 1 else { return false }
        if Self.comingMarkers.contains(s.tokens[k - 1].lower) { return true }
        // "make a visit": the verb a few words before the noun, with its own marker before it.
        let from = max(1, k - Self.visitNounReach)
        return (from..<k).contains { v in
            Self.visitMakingVerbs.contains(s.tokens[v].lower) && Self.comingMarkers.contains(s.tokens[v - 1].lower)
        }
    }

    /// A visit refused, hoped for, called off, or offered by an invitation not accepted.
    func isVoided(before k: Int, in s: AnalyzedSentence) -> Bool {
        let before = 0..<k
        // An invitation is read below: accepted, it is the plan.
        if before.contains(where: {
            (s.tokens[$0].isListed(.voiding) && !Self.invitationWords.contains(s.tokens[$0].lower)) || s.tokens[$0].isListed(.cancelling)
        }) {
            return true
        }
        let invited = before.contains { Self.invitationWords.contains(s.tokens[$0].lower) }
        return invited && !before.contains { WordLists.accepting.contains(s.tokens[$0].lower) }
    }
}
