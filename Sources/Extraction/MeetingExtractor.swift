/// Finds encounters between named people: the words of meeting, who took part (by name,
/// by role, or as "the two leaders"), whether it was held or is planned, its day, place and mode.
struct MeetingExtractor: Sendable {
    let gazetteer: Gazetteer

    /// Words that report an encounter on their own.
    static let triggers: Set<String> = [
        "met", "meet", "meets", "meeting", "meetings", "talks", "talked", "discussions", "summit", "summits",
        "bilateral", "hosted", "hosts", "hosting", "received", "receives", "conversation", "phoned", "joined",
        "lunch", "dinner", "luncheon", "breakfast", "shook", "sat", "spoke", "speak", "call", "visited", "hug", "hugs",
        "hugged", "embraced", "discuss", "discussed", "trilateral", "summoned", "summons", "negotiations", "consultations",
    ]
    /// Triggers that need a person right after them to count ("hosted X", "received X", "joined by X").
    static let triggersNeedingObject: Set<String> = ["hosted", "hosts", "hosting", "received", "receives", "joined", "visited", "spoke", "speak", "call", "discussed", "discuss", "sat", "hug", "hugs", "hugged", "embraced"]
    /// Words that make an encounter a call; "call" itself only as a noun ("a call with", "phone call").
    static let callWords: Set<String> = ["phone", "telephone", "video", "videoconference", "video-conference", "virtual", "phoned", "teleconference", "videocall", "video-call"]

    /// Whether token `k` says the encounter was by phone or video. "calls" the verb ("which Japan
    /// calls the Northern Territories") does not.
    static func isCallWord(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        let w = s.tokens[k].lower
        if callWords.contains(w) { return true }
        guard w == "call" || w == "calls" else { return false }
        let before = k > 0 ? s.tokens[k - 1].lower : ""
        let after = k + 1 < s.tokens.count ? s.tokens[k + 1].lower : ""
        return ["a", "the", "phone", "telephone", "video", "their", "his", "her"].contains(before) || (w == "call" && after == "with")
    }
    /// Words in the run-up to a trigger that unmake the meeting: negation, refusal, cancellation, mere proposals.
    static let voiding: Set<String> = [
        "not", "n't", "never", "no", "refused", "refuses", "refuse", "declined", "declines", "cancel", "cancelled",
        "canceled", "cancels", "postponed", "postpone", "proposed", "proposes", "propose", "proposal", "hope",
        "hoped", "hopes", "hoping", "offered", "offers", "offer", "invited", "invites", "invitation", "wants",
        "wanted", "want", "willing", "ready", "may", "might", "could", "should", "possible", "possibility", "if",
        "unless", "rejected", "rejects", "urged", "urges", "off", "without", "calling", "sought", "seeks", "seeking",
        "asked", "request", "requested", "demanded", "snubbed", "avoid", "avoided", "dismissed", "ruled",
        "boycotted", "boycott", "supposed", "instead",
    ]
    /// Words after a trigger that cancel the encounter it names.
    static let cancelling: Set<String> = ["cancelled", "canceled", "postponed", "scrapped", "shelved", "suspended", "delayed", "aborted"]
    static let planning: Set<String> = [
        "will", "'ll", "shall", "would", "expected", "expects", "scheduled", "upcoming", "forward", "next",
        "planned", "plans", "plan", "planning", "due", "set", "agreed", "going", "slated", "arrange", "arranged", "prepare",
    ]
    static let pluralReferences: Set<String> = [
        "leaders", "ministers", "presidents", "men", "sides", "diplomats", "officials", "premiers", "envoys",
        "pair", "duo", "counterparts", "chiefs", "heads", "negotiators", "women",
    ]

    /// An encounter reported without names ("The foreign ministers of Armenia and Azerbaijan met in
    /// Moscow on Monday"), whose day and place pass to the named report that follows.
    struct Frame {
        var date: DateExpression?
        var place: String?
        var sentence: Int
        var planned: Bool
        /// The states the unnamed report mentions: the named report must involve one of them.
        var states: Set<String>
    }

    func extract(_ sentences: [AnalyzedSentence], people: [PersonRecord], publication: Day?) -> [MeetingFact] {
        var meetings: [MeetingFact] = []
        var mentionsBySentence: [Int: [PersonMention]] = [:]
        for p in people { for m in p.mentions { mentionsBySentence[m.sentence, default: []].append(m) } }
        var lastParticipants: [Int] = []
        var lastParticipantsSentence = -10
        var recentPeople: [Int] = []
        var frame: Frame?

        for s in sentences {
            var named = (mentionsBySentence[s.index] ?? []).sorted { $0.first < $1.first }
            // Most sentences hold no word of meeting at all.
            let hasTrigger = s.tokens.contains(where: { $0.classes.contains(.meetingTrigger) })
            if hasTrigger {
                named += roleReferences(in: s, people: people, named: named)
                named.sort { $0.first < $1.first }
            }
            defer {
                for m in named where !recentPeople.contains(m.person) || recentPeople.last != m.person {
                    recentPeople.removeAll { $0 == m.person }
                    recentPeople.append(m.person)
                }
            }
            guard hasTrigger else { continue }
            for clause in clauses(of: s, named: named) {
                let inClause = named.filter { clause.contains($0.first) }
                guard let trigger = bestTrigger(in: s, range: clause, named: inClause) else { continue }

                // "Daza said that Hermoso summoned Zhou", "X and Y agreed that officials will hold talks":
                // people before a "that" which opens the trigger's clause are not its subjects.
                let thatIndex = (clause.lowerBound..<trigger).last { s.tokens[$0].lower == "that" }
                var participants: [Int] = []
                for m in inClause where !isSpeaker(m, in: s) && !participants.contains(m.person) {
                    // "Putin's top diplomat": the possessor is not at the meeting.
                    if !m.byRole, s.tokens[m.last].lower.hasSuffix("'s"), m.last + 1 < s.tokens.count, s.tokens[m.last + 1].kind == .word,
                       !Self.triggers.contains(s.tokens[m.last + 1].lower) { continue }
                    if let t = thatIndex, m.last < t { continue }
                    participants.append(m.person)
                }
                // "The two leaders met", "they held talks": the pair just reported, when the clause
                // names fewer than two people itself.
                // "The prime ministers of Spain and Portugal will hold their summit": "their" is the
                // unnamed group the clause itself mentions, not the last pair.
                let unnamedGroup = participants.isEmpty && s.mentions.contains { m in
                    m.isTitle && clause.contains(m.first) && m.first < trigger && s.tokens[m.last].lower.hasSuffix("s")
                }
                if participants.count < 2 && (hasPluralReference(s, clause) || (!unnamedGroup && pronounSubject(s, before: trigger, plural: true))) {
                    let pair = s.index - lastParticipantsSentence <= 3 && lastParticipants.count >= 2 ? lastParticipants : Array(recentPeople.suffix(2))
                    for p in pair where !participants.contains(p) { participants.append(p) }
                } else if participants.count == 1, pronounSubject(s, before: trigger, plural: false) {
                    // "Scholz said he would speak with Putin": "he" is the speaker of the sentence
                    // when there is one, else the person last mentioned.
                    let speaker = inClause.first { isSpeaker($0, in: s) && $0.person != participants[0] }?.person
                    if let other = speaker ?? recentPeople.last(where: { $0 != participants[0] }) {
                        participants.insert(other, at: 0)
                    }
                }

                let dates = DateExpression.find(in: s.tokens).filter { clause.contains($0.first) && !isSpeechDate($0, in: s) }
                let date = nearest(dates, to: trigger)
                let place = findPlace(in: s, near: trigger, clause: clause)
                let window = (max(0, trigger - 8)..<trigger).map { s.tokens[$0].lower }
                var planned = window.contains { Self.planning.contains($0) } || isInfinitiveAfterIs(s, trigger)
                    || isAnnouncedAfter(s, trigger, clause)
                if let d = date, let after = d.isAfter(publication: publication) { planned = after }
                let call = clause.contains { Self.isCallWord(s, $0) }

                if participants.count < 2 {
                    // "The foreign ministers of Armenia and Azerbaijan on Monday met in Moscow": the names
                    // follow in the next sentences.
                    if participants.isEmpty, date != nil || place != nil {
                        let states = Set(s.mentions.filter { clause.contains($0.first) }.compactMap(\.countryCode))
                        frame = Frame(date: date, place: place, sentence: s.index, planned: planned, states: states)
                    }
                    // "In the talks Thursday, Hayashi ...": the day of the encounter just reported.
                    if let last = meetings.indices.last, s.index - lastParticipantsSentence <= 3,
                       participants.allSatisfy({ lastParticipants.contains($0) }), meetings[last].date == nil, let d = date,
                       let day = d.resolve(publication: publication, future: meetings[last].status == .planned) {
                        meetings[last].date = day
                        meetings[last].datePrecision = .day
                        meetings[last].evidence.append(Evidence(sentence: s.index, start: s.start, end: s.end))
                    }
                    continue
                }
                let sameDay = (clause.lowerBound..<max(clause.lowerBound, clause.upperBound - 1)).contains { s.tokens[$0].lower == "same" && s.tokens[$0 + 1].lower == "day" }
                var useDate = date, usePlace = place
                var isPlanned = planned
                if let f = frame, s.index - f.sentence <= 2,
                   participants.contains(where: { people[$0].country.map(f.states.contains) ?? false }) {
                    if useDate == nil { useDate = f.date; isPlanned = f.planned }
                    if usePlace == nil { usePlace = f.place }
                }
                frame = nil
                var day = useDate?.resolve(publication: publication, future: isPlanned)
                var precision: DatePrecision = useDate == nil ? .none : (day == nil ? .unresolved : .day)
                if useDate == nil, sameDay, let previous = meetings.last, let d = previous.date {
                    day = d
                    precision = .day
                }
                let evidence = Evidence(sentence: s.index, start: s.start, end: s.end)
                // "Blinken and Lavrov also took part in the talks": more people at the meeting just
                // reported, not a meeting of their own.
                let joinsLast = trigger >= 1 && s.tokens[trigger - 1].lower == "the"
                    && clause.contains { ["also", "part", "attended", "joined", "hosted", "chaired"].contains(s.tokens[$0].lower) }
                if joinsLast, let last = meetings.indices.last, s.index - lastParticipantsSentence <= 5 {
                    for p in participants where !meetings[last].participants.contains(people[p].name) {
                        meetings[last].participants.append(people[p].name)
                    }
                    meetings[last].evidence.append(evidence)
                    continue
                }
                meetings.append(MeetingFact(participants: participants.map { people[$0].name }, status: isPlanned ? .planned : .held,
                                            date: day, datePrecision: precision, place: usePlace, mode: call ? .call : .inPerson,
                                            evidence: [evidence]))
                lastParticipants = participants
                lastParticipantsSentence = s.index
            }
        }
        return merge(meetings)
    }

    /// The parts of a sentence that each report their own encounter: "Kono held talks with Lavrov
    /// on Monday and Abe is to have discussions with Putin on Jan. 22" is two. A sentence splits at a
    /// conjunction between two triggers when a person is named after it and before the second trigger.
    func clauses(of s: AnalyzedSentence, named: [PersonMention]) -> [Range<Int>] {
        let all = 0..<s.tokens.count
        let triggers = all.filter { isTrigger(s, $0, named: named) }
        guard triggers.count >= 2 else { return [all] }
        var cuts: [Int] = []
        // "Ahead of his talks with Wang, Hayashi had a call with Le Drian": the opening phrase is apart.
        if let opener = s.word(0), ["ahead", "after", "before", "during", "following", "prior"].contains(opener),
           let comma = s.tokens.firstIndex(where: { $0.text == "," }), triggers.contains(where: { $0 < comma }), triggers.contains(where: { $0 > comma }) {
            cuts.append(comma)
        }
        for (a, b) in zip(triggers, triggers.dropFirst()) {
            guard let person = named.last(where: { $0.first > a && $0.first < b }) else { continue }
            // Not the "and" of "Yvan Gil and Hugh Todd met": a conjunction right after a name joins names.
            if let c = (a + 1..<person.first).last(where: { ["and", "but", "while", "whereas", ";"].contains(s.tokens[$0].lower) }),
               named.allSatisfy({ !($0.first > c && $0.first < person.first) }),
               !named.contains(where: { $0.last == c - 1 }) {
                cuts.append(c)
            }
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for c in cuts.sorted() where c >= start { ranges.append(start..<c); start = c + 1 }
        ranges.append(start..<s.tokens.count)
        return ranges
    }

    func isTrigger(_ s: AnalyzedSentence, _ i: Int, named: [PersonMention]) -> Bool {
        let t = s.tokens[i]
        guard t.classes.contains(.meetingTrigger) else { return false }
        if Self.triggersNeedingObject.contains(t.lower) && !hasObject(s, after: i, named: named) { return false }
        if t.lower == "call" && !Self.isCallWord(s, i) { return false }
        if (t.lower == "shook" && s.word(i + 1) != "hands") || (t.lower == "sat" && s.word(i + 1) != "down") { return false }
        // A news conference, a press briefing: not an encounter between the people named.
        if ["conference", "briefing", "interview"].contains(s.word(i + 1) ?? "") || ["press", "news"].contains(s.word(i - 1) ?? "") { return false }
        return true
    }

    /// Verbs of encounter: when a clause has one, it is the encounter the clause reports ("agreed to
    /// continue talks ..., after Gil and Todd met in Brasilia").
    static let encounterVerbs: Set<String> = [
        "met", "meet", "meets", "hosted", "hosts", "received", "receives", "visited", "spoke", "phoned",
        "talked", "summoned", "hugged", "embraced", "joined",
    ]

    /// The trigger of the clause: its first verb of encounter that is not voided by negation or a
    /// mere proposal, else its first such trigger of any kind.
    func bestTrigger(in s: AnalyzedSentence, range: Range<Int>, named: [PersonMention]) -> Int? {
        let verbs = range.filter { Self.encounterVerbs.contains(s.tokens[$0].lower) && isTrigger(s, $0, named: named) }
        if let verb = firstUnvoided(in: s, range: range, candidates: verbs, named: named) { return verb }
        // "Modi is not expected to meet Sharif at the summit": the verb is negated, and the summit
        // is only where it would have been.
        if !verbs.isEmpty { return nil }
        return firstUnvoided(in: s, range: range, candidates: Array(range), named: named)
    }

    func firstUnvoided(in s: AnalyzedSentence, range: Range<Int>, candidates: [Int], named: [PersonMention]) -> Int? {
        for i in candidates where isTrigger(s, i, named: named) {
            let window = (max(range.lowerBound, i - 8)..<i).map { s.tokens[$0].lower }
            // "May" the month is not "may" the modal.
            let voided = (max(range.lowerBound, i - 8)..<i).contains { k in
                s.tokens[k].classes.contains(.voiding) && !(s.tokens[k].text == "May" && k > 0)
            }
            if voided { continue }
            // "calling off plans for a meeting", "no plans to meet".
            if window.contains("off") { continue }
            // "A planned meeting ... was cancelled", "the talks were called off".
            let after = (i + 1..<min(range.upperBound, i + 12)).map { s.tokens[$0].lower }
            if after.contains(where: { Self.cancelling.contains($0) }) || zip(after, after.dropFirst()).contains(where: { $0 == "called" && $1 == "off" }) { continue }
            return i
        }
        return nil
    }

    func hasObject(_ s: AnalyzedSentence, after i: Int, named: [PersonMention]) -> Bool {
        let limit = min(s.tokens.count, i + 8)
        if named.contains(where: { $0.first > i && $0.first < limit }) { return true }
        if i + 1 < s.tokens.count, ["with", "by", "down", "hands"].contains(s.tokens[i + 1].lower) { return true }
        // "the two presidents will discuss ...": the subject is the pair.
        return hasPluralReference(s, max(0, i - 6)..<i)
    }

    /// A person who only reports the news: "..., Lueth said", "Moon said Sunday that ...".
    func isSpeaker(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        if m.last + 1 < s.tokens.count, PersonResolver.speechVerbs.contains(s.tokens[m.last + 1].lower) { return true }
        // "Lavrov has said ...", "Moon also told ...".
        if m.last + 2 < s.tokens.count, ["has", "had", "also", "later", "then", "reportedly"].contains(s.tokens[m.last + 1].lower),
           PersonResolver.speechVerbs.contains(s.tokens[m.last + 2].lower) { return true }
        if m.first >= 1, PersonResolver.speechVerbs.contains(s.tokens[m.first - 1].lower), m.first >= 2 && s.tokens[m.first - 2].text == "," { return true }
        return false
    }

    func hasPluralReference(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        for i in range where Self.pluralReferences.contains(s.tokens[i].lower) {
            let t = s.tokens[i]
            let back = (max(range.lowerBound, i - 4)..<i).map { s.tokens[$0].lower }
            if back.contains("two") || back.contains("both") || ((t.lower == "pair" || t.lower == "duo") && back.last == "the") { return true }
        }
        return false
    }

    func pronounSubject(_ s: AnalyzedSentence, before trigger: Int, plural: Bool) -> Bool {
        let words: Set<String> = plural ? ["they", "their"] : ["he", "she"]
        return (max(0, trigger - 4)..<trigger).contains { words.contains(s.tokens[$0].lower) }
    }

    /// "Talks between A and B are scheduled for Friday", "the summit will take place in June":
    /// the words after the meeting noun that announce it.
    func isAnnouncedAfter(_ s: AnalyzedSentence, _ trigger: Int, _ clause: Range<Int>) -> Bool {
        let after = (trigger + 1..<min(clause.upperBound, trigger + 16)).map { s.tokens[$0].lower }
        if after.contains(where: { ["scheduled", "slated", "due", "expected"].contains($0) }) { return true }
        for (a, b) in zip(after, after.dropFirst()) where a == "will" && (b == "be" || b == "take") { return true }
        return false
    }

    /// "is to have discussions", "are to meet".
    func isInfinitiveAfterIs(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        let back = (max(0, trigger - 4)..<trigger).map { s.tokens[$0].lower }
        guard let to = back.lastIndex(of: "to"), to > 0 else { return false }
        return ["is", "are", "was", "were"].contains(back[to - 1])
    }

    /// Dates that belong to the report rather than the event: "said Friday", "told reporters on Monday".
    func isSpeechDate(_ d: DateExpression, in s: AnalyzedSentence) -> Bool {
        let back = (max(0, d.first - 3)..<d.first).map { s.tokens[$0].lower }
        return back.contains { PersonResolver.speechVerbs.contains($0) || $0 == "reported" || $0 == "announced" || $0 == "since" || $0 == "provided" }
    }

    func nearest(_ dates: [DateExpression], to trigger: Int) -> DateExpression? {
        // Prefer a month and day to a weekday when both name the same day: "Monday (Mar. 25)".
        let ranked = dates.sorted { a, b in
            let da = a.first > trigger ? a.first - trigger : (trigger - a.last) + 2
            let db = b.first > trigger ? b.first - trigger : (trigger - b.last) + 2
            return da < db
        }
        guard let best = ranked.first else { return nil }
        if case .weekday = best.value, let md = ranked.dropFirst().first(where: { if case .monthDay = $0.value { return abs($0.first - best.last) <= 3 }; return false }) {
            return md
        }
        return best
    }

    /// "in Moscow", "at Panmunjom", "on the sidelines of the G20 summit in Osaka", "on Jeju Island".
    func findPlace(in s: AnalyzedSentence, near trigger: Int, clause: Range<Int>) -> String? {
        var best: (String, Int)?
        for m in s.mentions where clause.contains(m.first) {
            let isPlace: Bool
            switch m.kind {
            case .place: isPlace = true
            case .country(_, .metonym, false): isPlace = true
            // A city-state's name is also a city: "a summit in Singapore".
            case .country(_, .name, false): isPlace = gazetteer.placeKeys.contains(s.tokens[m.first...m.last].map(\.lower).joined(separator: " "))
            default: isPlace = false
            }
            guard isPlace, m.first >= 1 else { continue }
            // "on the sidelines of the Munich Security Conference": the city names the venue.
            if case .place = m.kind, s.tokens[m.first - 1].lower == "the",
               (m.last + 1..<min(s.tokens.count, m.last + 4)).contains(where: { ["conference", "summit", "forum", "talks", "dialogue", "meeting"].contains(s.tokens[$0].lower) }) {
                let distance = m.first > trigger ? m.first - trigger : (trigger - m.last) + 3
                if best == nil || distance < best!.1 { best = (s.text(m.first, m.last), distance) }
                continue
            }
            var p = m.first - 1
            if s.tokens[p].lower == "the" && p >= 1 { p -= 1 }
            let before = s.tokens[p].lower
            let ofVillage = before == "of" && p >= 1 && ["village", "city", "town", "port", "resort"].contains(s.tokens[p - 1].lower)
            guard ["in", "at", "on", "to", "visiting"].contains(before) || ofVillage else { continue }
            let distance = m.first > trigger ? m.first - trigger : (trigger - m.last) + 3
            if best == nil || distance < best!.1 { best = (s.text(m.first, m.last), distance) }
        }
        return best?.0
    }

    /// People named only by role: "the North Korean leader", "his Russian counterpart", "the U.S. president".
    func roleReferences(in s: AnalyzedSentence, people: [PersonRecord], named: [PersonMention]) -> [PersonMention] {
        var out: [PersonMention] = []
        for (idx, m) in s.mentions.enumerated() {
            var country: String?
            var titleMention: Mention?
            if m.isTitle {
                titleMention = m
                if idx > 0, let c = s.mentions[idx - 1].countryCode, s.mentions[idx - 1].last == m.first - 1 { country = c }
            } else if m.countryCode != nil, m.last + 1 < s.tokens.count, PersonResolver.counterpartWords.contains(s.tokens[m.last + 1].lower) {
                country = m.countryCode
            } else {
                continue
            }
            let end = titleMention?.last ?? (m.last + 1)
            // A name right after (or after a comma) makes it a named mention, not a role.
            if named.contains(where: { $0.first == end + 1 || $0.first == end + 2 }) { continue }
            let start = country != nil && titleMention != nil ? s.mentions[idx - 1].first : m.first
            guard start >= 1, ["the", "his", "her", "their", "its"].contains(s.tokens[start - 1].lower) || (start >= 2 && s.tokens[start - 1].lower == "top" && s.tokens[start - 2].lower == "the") else { continue }
            guard let c = country else { continue }
            let head = titleMention.map { s.tokens[$0.last].lower }
            var candidates = people.indices.filter { people[$0].country == c }
            if let head, candidates.count > 1 {
                let byTitle = candidates.filter { people[$0].title?.lowercased().hasSuffix(head) == true }
                if !byTitle.isEmpty { candidates = byTitle }
            }
            // "Foreign Minister Cavusoglu ... his Russian counterpart": the Russian with the same office.
            if titleMention == nil, candidates.count > 1 {
                let heads = Set(named.compactMap { people[$0.person].title?.lowercased().split(separator: " ").last.map(String.init) })
                let sameOffice = candidates.filter { people[$0].title.map { heads.contains(String($0.lowercased().split(separator: " ").last ?? "")) } ?? false }
                if !sameOffice.isEmpty { candidates = sameOffice }
            }
            if candidates.count == 1 {
                out.append(PersonMention(person: candidates[0], sentence: s.index, first: start, last: end, byRole: true))
            }
        }
        return out
    }

    /// One encounter reported in several sentences is one meeting: same participants, and
    /// no conflicting day or status.
    func merge(_ meetings: [MeetingFact]) -> [MeetingFact] {
        var out: [MeetingFact] = []
        for m in meetings {
            let key = Set(m.participants)
            // Same people, no conflicting day, status or place ("Erdogan last met Putin in Moscow"
            // is not the Sochi meeting of the same article).
            if let i = out.firstIndex(where: { Set($0.participants) == key && $0.status == m.status && ($0.date == nil || m.date == nil || $0.date == m.date)
                && ($0.place == nil || m.place == nil || $0.place == m.place) }) {
                if out[i].date == nil, m.date != nil { out[i].date = m.date; out[i].datePrecision = m.datePrecision }
                if out[i].place == nil { out[i].place = m.place }
                if m.mode == .call { out[i].mode = .call }
                out[i].evidence += m.evidence
            } else {
                out.append(m)
            }
        }
        return out
    }
}
