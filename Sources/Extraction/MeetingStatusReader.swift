/// Stage 3 of meeting extraction: whether the encounter a clause reports was held or is planned,
/// from the tense and modality around its meeting word and, where the clause gives one, its day
/// against the publication date.
struct MeetingStatusReader: Sendable {
    /// How far before the meeting word a word of planning governs it ("will on Friday hold talks").
    static let planningReach = 8
    /// How far after a meeting noun, in words (a title, name or state is one), the words
    /// announcing it may come ("talks between the two foreign ministers are scheduled for", "the
    /// first meeting in three years with the foreign ministers of A, B and C is scheduled for").
    static let announcementReach = 16

    func isPlanned(_ s: AnalyzedSentence, clause: EncounterClause, date: DateExpression?, publication: Day?) -> Bool {
        let trigger = clause.trigger
        // "said he had briefed B by phone on Tuesday and expected ...": the past perfect told the
        // encounter done, whatever the words after it plan.
        if trigger >= 1, s.tokens[trigger - 1].isWord(.had), s.tokens[trigger].isListed(.encounterVerb) { return false }
        var planned =
            (max(0, trigger - Self.planningReach)..<trigger).contains { plans(s, $0, trigger: trigger) }
            || isCoordinateOfAPlan(s, trigger) || isInfinitiveAfterBe(s, trigger) || isAnnouncedAfter(s, trigger, clause.range)
            || isHeadlineInfinitive(s, trigger)
            || travelsInThePresent(s, before: trigger, clause: clause.range) || isAsideOfAPlan(s, trigger)
            || followsAnAcceptance(s, before: trigger, clause: clause.range) || isPurposeOfAComingTrip(s, trigger, clause: clause.range)
            || (date == nil && namesAComingPeriod(s, after: trigger, clause: clause.range)) || isComingTimeClause(s, trigger)
            || isTimeClauseOfAFutureInThePast(s, trigger)
        if let d = date, let after = d.isAfter(publication: publication) {
            // "met on February 28" in a September report: the past tense, with no word of plan,
            // tells a held encounter, which the month and day's nearest year (the next) does not
            // overrule.
            let pastTold = after && !planned && d.isYearlessMonthDay && Self.tellsPastEncounter(s, trigger)
            if !pastTold { planned = after }
        }
        return planned
    }

    /// Whether token `k` is a word of planning that governs the meeting word at `trigger`.
    func plans(_ s: AnalyzedSentence, _ k: Int, trigger: Int) -> Bool {
        s.tokens[k].isListed(.planning) && !isNounWill(s, k) && !isNextDay(s, k) && !isAgreementMadeAt(s, k, trigger: trigger) && !isNextAlone(s, k)
            && !isInClosedRelativeClause(s, k, before: trigger)
    }

    /// "met A, who will chair the council next year, and held talks with B": a word of planning
    /// in a relative clause that a comma closes before the meeting word plans what the clause
    /// says, not the encounter.
    func isInClosedRelativeClause(_ s: AnalyzedSentence, _ k: Int, before trigger: Int) -> Bool {
        guard (k + 1..<trigger).contains(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }) else { return false }
        var j = k - 1
        while j >= 0, !Token.isMark(s.tokens, j, UInt8(ascii: ",")) {
            if s.tokens[j].isListed(.relativePronoun) { return true }
            j -= 1
        }
        return false
    }

    /// Bare verbs that report an encounter (besides "hold", "have" and "pay", which open the noun
    /// that does: "hold talks", "pay a courtesy call"): the form a second verb takes when it
    /// shares the first one's "will".
    static let bareEncounterVerbs: WordSet = ["meet", "see", "host", "receive", "call", "speak", "talk", "welcome"]
    /// Words that may stand between "and" and the verb it joins: "and then meet", "and later hold".
    static let coordinatingAdverbs: WordSet = ["then", "later", "also", "subsequently", "afterwards", "thereafter"]
    /// How far before the "and" the word of planning of the first verb may stand, in words (a
    /// name with its title is one): the first verb's object runs long ("will call on the
    /// president of the Senate, A, and meet B").
    static let coordinateReach = 24
    /// How far before the meeting word, in tokens, the "and" of a joined verb may stand: a verb
    /// of holding's reach, a trip's, and a few adverbs between "and" and its verb.
    static let joiningAndReach = holdingVerbReach + tripReach + 6

    /// "A will call on B and meet C", "A will travel to D and then fly to E to meet F": a bare
    /// verb after "and" shares the tense of the verb it is joined to, so the plan that governs
    /// that verb governs this encounter too, however long the first verb's object.
    func isCoordinateOfAPlan(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        // Most meeting words have no "and" shortly before them: a fixed word's test rules them
        // out before any string is looked up.
        guard (max(0, trigger - Self.joiningAndReach)..<trigger).contains(where: { s.tokens[$0].isWord(.and) }) else { return false }
        guard let verb = tripVerb(before: purposeWord(before: trigger, in: s), in: s) ?? bareVerb(reporting: trigger, in: s) else { return false }
        var k = verb - 1
        while k >= 1, Self.coordinatingAdverbs.contains(s.tokens[k].lower) { k -= 1 }
        guard k >= 1, s.tokens[k].isWord(.and) else { return false }
        return (s.start(before: k, words: Self.coordinateReach, limit: 0)..<k).contains { plans(s, $0, trigger: trigger) }
    }

    /// The bare verb that reports the encounter at `trigger`: the meeting word itself ("meet"),
    /// or the verb that opens its noun ("hold talks").
    func bareVerb(reporting trigger: Int, in s: AnalyzedSentence) -> Int? {
        if Self.bareEncounterVerbs.contains(s.tokens[trigger].lower) { return trigger }
        // Fixed words and first bytes, not strings: this is asked of every meeting word.
        return (max(0, trigger - Self.holdingVerbReach)..<trigger).last {
            s.tokens[$0].isWord(.hold) || s.tokens[$0].isWord(.have) || (Token.mayBeginWith(s.tokens, $0, UInt8(ascii: "p")) && s.tokens[$0].lower == "pay")
        }
    }

    /// "fly to E to meet F", "travel to E for talks": the bare verb of travel whose purpose
    /// opens at `purpose`.
    func tripVerb(before purpose: Int?, in s: AnalyzedSentence) -> Int? {
        guard let purpose else { return nil }
        return (s.start(before: purpose, words: Self.tripReach, limit: 0)..<purpose).last { WordLists.tripVerbs.contains(s.tokens[$0].lower) }
    }

    /// Verbs that, right before a meeting noun, tell the encounter done: "held talks".
    static let pastHoldingVerbs: WordSet = ["held", "had"]
    /// How many words may stand between such a verb and its noun: "held two rounds of talks".
    static let holdingVerbReach = 4

    /// Whether the meeting word is a verb in the past ("met", "received", "spoke") or a noun a
    /// past verb of holding opens ("held talks").
    static func tellsPastEncounter(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        let t = s.tokens[trigger]
        if t.isListed(.encounterVerb) { return t.lower == "met" || t.lower == "spoke" || t.lower.hasSuffix("ed") }
        return (max(0, trigger - holdingVerbReach)..<trigger).contains { pastHoldingVerbs.contains(s.tokens[$0].lower) }
    }

    /// Words that open a clause of time: "when the two meet".
    /// Words between a past plan's verb and the meeting word ("had been due to hold talks",
    /// "had been expected to discuss", "was to have met").
    static let pastPlanReach = 6
    /// Participles that, after "had been", report a plan as it stood before ("had been due to").
    static let pastPlanParticiples: WordSet = ["due", "scheduled", "expected", "set", "slated", "supposed", "planned"]

    /// "A had been due to meet B", "the talks were to have opened": a plan told as it stood
    /// before, which news write of a plan that fell through.
    func saysPastPlan(_ s: AnalyzedSentence, before trigger: Int) -> Bool {
        let start = max(0, trigger - Self.pastPlanReach)
        for k in start..<trigger {
            let w = s.tokens[k].lower
            if w == "had", s.word(k + 1) == "been", let p = s.word(k + 2), Self.pastPlanParticiples.contains(p), s.word(k + 3) == "to" { return true }
            if w == "was" || w == "were", s.word(k + 1) == "to", s.word(k + 2) == "have" { return true }
        }
        return false
    }

    /// "The two were to discuss", "A was to meet B": a plan told in the past, its "was to" or
    /// "were to" right before the meeting word.
    static func saysWasTo(_ s: AnalyzedSentence, before trigger: Int) -> Bool {
        guard trigger >= 2, s.tokens[trigger - 1].lower == "to" else { return false }
        let verb = s.tokens[trigger - 2].lower
        return verb == "was" || verb == "were"
    }

    /// Verbs and particles that put a meeting off to a later day: "has been put off".
    static let postponingPairs: [String: String] = ["put": "off", "pushed": "back"]

    /// Whether the article reports something called off ("cancelled", "called off", "scrapped")
    /// and nothing put off ("postponed", "put off"): a past plan in it was cancelled for good.
    static func callsOffForGood(_ sentences: [AnalyzedSentence]) -> Bool {
        var cancels = false
        for s in sentences {
            for k in s.tokens.indices {
                let t = s.tokens[k]
                if t.isListed(.postponing) { return false }
                // "put off", "pushed back": postponed in two words.
                if let next = s.word(k + 1), Self.postponingPairs[t.lower] == next { return false }
                if t.isListed(.cancelling) || (EncounterClauses.opensCancellingPair(t) && EncounterClauses.cancellingPairs[t.lower] == s.word(k + 1)) {
                    cancels = true
                }
            }
        }
        return cancels
    }

    static let timeConjunctions: WordSet = ["when", "once", "until", "before", "after", "whenever"]
    /// How many words may stand from the conjunction to the meeting word: "when the two defence
    /// chiefs hold their strategic dialogue".
    static let timeClauseReach = 8

    /// The conjunction opening the clause of time that holds the meeting word: "when the two
    /// meet", with a subject between (so at least two words before the meeting word) and no comma,
    /// which would end the clause.
    static func timeClauseConjunction(_ s: AnalyzedSentence, _ trigger: Int) -> Int? {
        guard let conjunction = (max(0, trigger - timeClauseReach)..<trigger).last(where: { timeConjunctions.contains(s.tokens[$0].lower) }),
            conjunction + 2 <= trigger, !(conjunction + 1..<trigger).contains(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) })
        else { return nil }
        return conjunction
    }

    /// "will raise it with B when the two meet on Thursday", "once they hold talks": a verb of
    /// coming together in the present after a conjunction of time speaks of a time still to come.
    func isComingTimeClause(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        guard let conjunction = Self.timeClauseConjunction(s, trigger) else { return false }
        // A word of the noun phrase before the verb makes it a noun ("after the visit", "before
        // their talk").
        return (conjunction + 2...trigger).contains { v in
            WordLists.comingClauseVerbs.contains(s.tokens[v].lower) && !Self.nounMarkers.contains(s.tokens[v - 1].lower)
        }
    }

    /// How many words may stand from "would" to the conjunction of time: the topic of "would
    /// discuss how the two states could work together on the flow of migrants when ..." runs
    /// long; a comma between ends the search sooner.
    static let futureInThePastReach = 20

    /// "said he would raise the border when he met B later in the day": reported speech turns
    /// "will ... when he meets" into "would ... when he met", and the encounter is still to come.
    /// "would have" is the past's conditional, and a comma between ends the clause of "would".
    func isTimeClauseOfAFutureInThePast(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        guard let conjunction = Self.timeClauseConjunction(s, trigger), Self.tellsPastEncounter(s, trigger) else { return false }
        for k in stride(from: conjunction - 1, through: max(0, conjunction - Self.futureInThePastReach), by: -1) {
            if Token.isMark(s.tokens, k, UInt8(ascii: ",")) { return false }
            if s.tokens[k].lower == "would" { return s.word(k + 1) != "have" }
        }
        return false
    }

    /// Words before a noun, not a verb: "the visit", "their talk", "a meet".
    static let nounMarkers: WordSet = ["the", "a", "an", "their", "his", "her", "its", "this", "that", "these", "those", "our", "of", "such"]

    /// "A and B agreed in a telephone call on Monday to ...", "agreed during talks to ...": the
    /// encounter is where the agreement was made, held; only "agreed to meet" plans one.
    func isAgreementMadeAt(_ s: AnalyzedSentence, _ k: Int, trigger: Int) -> Bool {
        guard s.tokens[k].isWord(.agreed), k + 1 < trigger else { return false }
        if isAgreementDatedOrPlaced(s, k, trigger: trigger) { return true }
        guard s.tokens[k + 1].isListed(.settingPreposition) else { return false }
        // Only the setting's own words stand between: a determiner, a kind of call, the meeting
        // word of "agreed at a summit hosted by B" (whose "hosted" is the clause's meeting word).
        return (k + 2..<trigger).allSatisfy {
            s.tokens[$0].isListed(.settingDeterminer) || s.tokens[$0].isListed(.callWord) || s.tokens[$0].classes.contains(.meetingTrigger)
        }
    }

    /// Lowercase words between "to" and the meeting word of "agreed on Monday to resume direct
    /// talks": a verb and an adjective or two.
    static let agreedVerbReach = 3

    /// "A and B agreed in C on Thursday to resume talks": a day or place between "agreed" and its
    /// "to" is the agreement's, which the two made together then and there (held); the talks to
    /// come are another matter ("agreed to meet again on Thursday" keeps its plan).
    func isAgreementDatedOrPlaced(_ s: AnalyzedSentence, _ k: Int, trigger: Int) -> Bool {
        guard let to = (k + 2..<trigger).first(where: { s.tokens[$0].isWord(.to) }), trigger - to - 1 <= Self.agreedVerbReach,
            (to + 1..<trigger).allSatisfy({ s.tokens[$0].kind == .word && !s.tokens[$0].isCapitalized })
        else { return false }
        var saysWhenOrWhere = false
        var j = k + 1
        while j < to {
            if let m = s.mention(at: j), m.first == j, MeetingPlaceReader.namesAPlace(m) {
                saysWhenOrWhere = true
                j = m.last + 1
                continue
            }
            let t = s.tokens[j]
            if t.classes.contains(.dateWord) || t.kind == .number {
                saysWhenOrWhere = true
            } else if !t.isListed(.settingPreposition) && !t.isListed(.settingDeterminer) && !t.isWord(.on) && !t.isWord(.here) {
                return false
            }
            j += 1
        }
        return saysWhenOrWhere
    }

    /// "going from one office to the next, and ...": "next" with no noun after it (a mark
    /// follows) is the next in a row, not a time ahead ("the next summit", "next week").
    func isNextAlone(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        s.tokens[k].lower == "next" && k + 1 < s.tokens.count && s.tokens[k + 1].kind != .word
    }

    /// "A, accompanied by his host B, will tour the port": a participial aside between commas
    /// takes the tense of the verb after it.
    func isAsideOfAPlan(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        guard let open = (0..<trigger).last(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }), open + 1 < trigger,
            s.tokens[open + 1].classes.contains(.delegationCueStart),
            let close = (trigger + 1..<s.tokens.count).first(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }), close + 1 < s.tokens.count
        else { return false }
        return s.tokens[close + 1].isListed(.planning) && !isNounWill(s, close + 1)
    }

    /// Present tenses of travel that announce a trip: "A heads to C on Friday for talks with B",
    /// "A travels to C next week to meet B". (The past, "headed", reports one made.)
    static let presentTravelVerbs: WordSet = ["heads", "travels", "flies", "leaves", "departs"]

    /// Whether the clause puts its subject on the way, in the present, before the meeting word.
    func travelsInThePresent(_ s: AnalyzedSentence, before trigger: Int, clause: Range<Int>) -> Bool {
        (max(clause.lowerBound, trigger - Self.planningReach)..<trigger).contains { k in
            Self.presentTravelVerbs.contains(s.tokens[k].lower) && k + 1 < s.tokens.count && (s.tokens[k + 1].isWord(.to) || s.tokens[k + 1].isWord(.for))
        } || leavesForThePurpose(s, trigger, clause: clause)
    }

    /// "A leaves the island today for C for talks with B", "A departs home tomorrow for C to meet
    /// B": a departure told in the present, whatever its object and day, with the encounter as
    /// the trip's purpose. The encounter comes after the journey, so it is still to come when
    /// the departure is news.
    func leavesForThePurpose(_ s: AnalyzedSentence, _ trigger: Int, clause: Range<Int>) -> Bool {
        guard let purpose = purposeWord(before: trigger, in: s) else { return false }
        let start = s.start(before: purpose, words: Self.tripReach, limit: clause.lowerBound)
        return (start..<purpose).contains { Self.presentLeavingVerbs.contains(s.tokens[$0].lower) }
    }

    /// Verbs of leaving in the present, which take an object before the destination ("leaves
    /// the country for C"), unlike "heads" and "travels".
    static let presentLeavingVerbs: WordSet = ["leaves", "departs"]

    /// How many words may stand between a verb of travel and the purpose of the trip: "to fly on
    /// to the Kyrgyz capital, Bishkek, on Friday for talks" (a name is one word).
    static let tripReach = 12
    /// Words before "to" and a verb of travel that put the trip ahead: a form of "be" ("was to
    /// fly") and readiness ("prepared to fly"), besides the words of planning.
    static let tripGovernors: WordSet = ["is", "are", "was", "were", "prepared", "preparing", "ready"]

    /// "was to fly on to C on Friday for talks with B", "are expected to arrive in C for talks",
    /// "prepared to fly to C to meet B", "will go on to C to see B": the encounter is the purpose
    /// of a trip still to come.
    func isPurposeOfAComingTrip(_ s: AnalyzedSentence, _ trigger: Int, clause: Range<Int>) -> Bool {
        guard let purpose = purposeWord(before: trigger, in: s) else { return false }
        // The verb of travel needs two words before it ("was to fly"); a purpose word that
        // opens the sentence ("Samoa to host ...") leaves no room for them.
        let start = max(2, s.start(before: purpose, words: Self.tripReach, limit: clause.lowerBound))
        guard start < purpose else { return false }
        return (start..<purpose).contains { k in
            guard WordLists.tripVerbs.contains(s.tokens[k].lower) else { return false }
            // "will go on to C later in the week to see B": the word of planning right before
            // the verb of travel, or one adverb before it ("will also travel to C to meet B").
            if s.tokens[k - 1].isListed(.planning), !isNounWill(s, k - 1) { return true }
            if Self.coordinatingAdverbs.contains(s.tokens[k - 1].lower), s.tokens[k - 2].isListed(.planning), !isNounWill(s, k - 2) { return true }
            guard s.tokens[k - 1].isWord(.to) else { return false }
            let governor = s.tokens[k - 2]
            return (governor.isListed(.planning) && !isNounWill(s, k - 2)) || Self.tripGovernors.contains(governor.lower)
        }
    }

    /// The "for" of "for talks" or the "to" of "to meet", "to hold talks": where a clause of
    /// purpose opens right before the meeting word.
    func purposeWord(before trigger: Int, in s: AnalyzedSentence) -> Int? {
        var k = trigger - 1
        if k >= 1, s.tokens[k].isWord(.hold) || s.tokens[k].isWord(.have) || s.tokens[k].isWord(.attend) { k -= 1 }
        guard k >= 1, s.tokens[k].isWord(.for) || s.tokens[k].isWord(.to) else { return nil }
        return k
    }

    /// "A has accepted an invitation to hold talks with B": the acceptance is past, the talks
    /// are to come.
    func followsAnAcceptance(_ s: AnalyzedSentence, before trigger: Int, clause: Range<Int>) -> Bool {
        (s.start(before: trigger, words: Self.planningReach, limit: clause.lowerBound)..<trigger).contains {
            WordLists.accepting.contains(s.tokens[$0].lower)
        }
    }

    /// Periods that "next" or "coming" put ahead of the publication date.
    static let comingPeriods: WordSet = ["week", "weekend", "month", "year", "days", "weeks", "months"]

    /// Words between a meeting word and a period that make the period another event's: "met B to
    /// prepare for the summit next month", "talks ahead of the vote next week", "and agreed to
    /// meet again next year", "met B, who will visit C next month".
    static let otherEventOpeners: WordSet = ["to", "for", "ahead", "before", "until", "and", "who", "which", "whose"]

    /// "talks with B in Dakar next month", "in the coming weeks": a period ahead of the
    /// publication, after the meeting word in its clause, for a clause that names no day of its
    /// own. ("The next week, they met again" tells a story; "the" before "next" is not a plan.)
    func namesAComingPeriod(_ s: AnalyzedSentence, after trigger: Int, clause: Range<Int>) -> Bool {
        for k in stride(from: trigger + 1, to: clause.upperBound - 1, by: 1) {
            let word = s.tokens[k].lower
            if Self.otherEventOpeners.contains(word) { return false }
            guard word == "next" || word == "coming", Self.comingPeriods.contains(s.tokens[k + 1].lower) else { continue }
            return word == "coming" || !s.isWord(k - 1, .the)
        }
        return false
    }

    /// "The next day, A met B": a day after one reported, not a plan.
    func isNextDay(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        k >= 1 && k + 1 < s.tokens.count && s.tokens[k].isWord(.next) && s.tokens[k - 1].isWord(.the)
            && (s.tokens[k + 1].isWord(.day) || s.tokens[k + 1].isWord(.morning))
    }

    /// "praised the will of both governments during their talks": "will" the noun, after a
    /// determiner, a possessive or an adjective, plans nothing.
    func isNounWill(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        k >= 1 && s.tokens[k].isWord(.will) && s.tokens[k - 1].isListed(.nounWillModifier)
    }

    /// "Talks between A and B are scheduled for Friday", "the summit will take place in June".
    func isAnnouncedAfter(_ s: AnalyzedSentence, _ trigger: Int, _ clause: Range<Int>) -> Bool {
        let after = trigger + 1..<s.end(after: trigger, words: Self.announcementReach, limit: clause.upperBound)
        if after.contains(where: { s.tokens[$0].isListed(.announcing) }) { return true }
        return after.dropLast().contains { k in
            // "The summit will feature B": "will" right after the meeting noun is the noun's own future.
            if s.tokens[k].isWord(.will) { return k == trigger + 1 || s.tokens[k + 1].isWord(.be) || s.tokens[k + 1].isWord(.take) }
            // Reported speech: "officials said talks between A and B would take place on Friday",
            // "would be held", and "would" right after the meeting noun ("Monday's meeting would
            // be their first since the election"); not "talks with B would be a breakthrough",
            // a conditional about talks named before their "would".
            guard s.tokens[k].isWord(.would) else { return false }
            return k == trigger + 1 || s.tokens[k + 1].isWord(.take) || (s.tokens[k + 1].isWord(.be) && s.isWord(k + 2, .held))
        }
    }

    /// "The visit ... has been postponed", "postponed the talks until May": the word that puts
    /// the encounter off, if the clause has one.
    func postponement(in s: AnalyzedSentence, clause: EncounterClause) -> Int? {
        clause.range.first {
            (s.tokens[$0].classes.contains(.postponing) || isRescheduling(s, $0, clause: clause)) && !isInBackgroundClause($0, in: s, clause: clause)
        }
    }

    /// Verbs that move a meeting in time when it is their passive subject: "the meeting has been
    /// moved to December 3", "was brought forward to Saturday", "was pushed back".
    static let reschedulingVerbs: WordSet = ["moved", "shifted", "brought", "pushed"]
    /// The words after such a verb that say where in time it went.
    static let reschedulingParticles: WordSet = ["to", "forward", "back", "up"]
    /// The auxiliaries of the passive before it.
    static let passiveAuxiliaries: WordSet = ["been", "was", "were", "is", "be"]

    /// Whether token `k` reschedules the clause's encounter: a passive verb of moving after the
    /// meeting word ("A moved to Paris and met B" moves a person, not the meeting).
    func isRescheduling(_ s: AnalyzedSentence, _ k: Int, clause: EncounterClause) -> Bool {
        guard k > clause.trigger, k + 1 < s.tokens.count, Self.reschedulingVerbs.contains(s.tokens[k].lower) else { return false }
        return Self.passiveAuxiliaries.contains(s.tokens[k - 1].lower) && Self.reschedulingParticles.contains(s.tokens[k + 1].lower)
    }

    /// Words that open a clause giving the background of the encounter just reported: "A met B
    /// on Monday after talks were postponed twice".
    static let backgroundSubordinators: WordSet = ["after", "since", "because", "following", "despite"]

    /// Whether token `k`, after the meeting word, follows a subordinator that stands between them.
    func isInBackgroundClause(_ k: Int, in s: AnalyzedSentence, clause: EncounterClause) -> Bool {
        k > clause.trigger && (clause.trigger + 1..<k).contains { Self.backgroundSubordinators.contains(s.tokens[$0].lower) }
    }

    /// The new day of a postponed encounter: a date after the postponement, introduced by "to",
    /// "until" or "for"; otherwise the encounter has no day (guidelines).
    func newDay(in s: AnalyzedSentence, after postponement: Int, clause: EncounterClause) -> DateExpression? {
        // "postponed, officials said on Friday": the day of the report is not the new day.
        DateExpression.find(in: s.tokens).first { d in
            d.first > postponement && clause.range.contains(d.first) && d.first >= 1
                && (s.tokens[d.first - 1].isWord(.to) || s.tokens[d.first - 1].isWord(.until) || s.tokens[d.first - 1].isWord(.till)
                    || s.tokens[d.first - 1].isWord(.for) || s.tokens[d.first - 1].isWord(.on))
                && !MeetingDateReader().isReportDate(d, in: s)
        }
    }

    /// Headline grammar: "A to meet B", "A to host B" announce the encounter.
    /// A name after a locative is where someone went, not the headline's subject: "headed to Ain
    /// el Kebir to meet A" reports a purpose of a trip made.
    func isHeadlineInfinitive(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        guard trigger >= 2, s.tokens[trigger - 1].isWord(.to), let name = s.mention(endingAt: trigger - 2), name.isName else { return false }
        var k = name.first - 1
        if k >= 0, s.tokens[k].isWord(.the) { k -= 1 }
        return !(k >= 0 && s.tokens[k].isListed(.locative))
    }

    /// How many words before the meeting word "to" may stand in "is to hold a video call": the
    /// verb, an article and a modifier between.
    static let infinitiveReach = 4

    /// "is to have discussions", "are to meet", "is to hold a video call".
    func isInfinitiveAfterBe(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        var to = trigger - 1
        while to >= 1, trigger - to <= Self.infinitiveReach, !s.tokens[to].isWord(.to) {
            guard s.tokens[to].kind == .word, !s.tokens[to].isCapitalized else { return false }
            to -= 1
        }
        guard to >= 1, s.tokens[to].isWord(.to) else { return false }
        return ["is", "are", "was", "were"].contains(s.tokens[to - 1].lower)
    }
}
