/// Finds encounters between named people, as a pipeline of stages over each sentence that holds
/// a word of meeting: clauses (`EncounterClauses`), participants (`RoleReferences`,
/// `ParticipantReader`), status (`MeetingStatusReader`), date (`MeetingDateReader`) and place
/// (`MeetingPlaceReader`); then the reports of one encounter are merged (`MeetingMerger`). What
/// one sentence passes to the next — the pair last reported, an unnamed report's day and place —
/// is kept here.
struct MeetingExtractor: Sendable {
    let gazetteer: Gazetteer

    /// An encounter reported without names ("The foreign ministers of A and B met in C on
    /// Monday"), whose day and place pass to the named report that follows.
    struct Frame {
        var date: DateExpression?
        var place: String?
        var sentence: Int
        var planned: Bool
        /// The states the unnamed report mentions: the named report must involve one of them.
        var states: Set<String>
        /// The one person a report names ("A held talks with his counterparts in C"): the named
        /// reports that follow must involve that person.
        var people: Set<Int> = []
        /// A round of encounters one person holds ("A met her counterparts from B, C and D one
        /// by one in E on Friday"): it frames each of the talks reported after it, not
        /// only the next.
        var isRound = false
        /// One person meeting a group the report does not name ("A met the leaders of the region
        /// in C"): a later report of "the meeting" that names its people is that encounter.
        var meetsGroup = false
        /// How many people the report counts without naming them ("the five Nordic prime
        /// ministers met in C on Monday"): the named report of exactly that many people is
        /// theirs, whatever states the report names besides.
        var size: Int?
        /// The states of the party met, named after the meeting word ("talks in C with Chinese
        /// leaders"), other than the one person's the report names: a named report that follows
        /// is that encounter only if someone of one of them takes part.
        var partyStates: Set<String> = []
        /// A report of meeting people who hold no office ("he will meet the students of a
        /// university in C"): that encounter's day and place are its own, not the named talks'
        /// that follow.
        var meetsPublic = false

        var reach: Int { isRound ? MeetingExtractor.roundReach : MeetingExtractor.frameReach }

        func covers(_ participants: [Int], people records: [PersonRecord]) -> Bool {
            if meetsPublic { return false }
            if !people.isEmpty {
                guard !people.isDisjoint(with: participants) else { return false }
                guard !partyStates.isEmpty else { return true }
                return participants.contains { !people.contains($0) && (records[$0].country.map(partyStates.contains) ?? true) }
            }
            if let size, participants.count == size { return true }
            return participants.contains { records[$0].country.map((partyStates.isEmpty ? states : partyStates).contains) ?? false }
        }
    }

    /// An encounter of several states' officials reported without names, and the people of those
    /// states who later speak of "the meeting".
    struct Attended {
        var frame: Frame
        var people: [Int] = []
        var evidence: [Evidence]
    }

    /// How many sentences on people speaking of "the meeting" are taken to have attended the
    /// unnamed encounter reported: the quotes of a short report on it.
    static let attendeeReach = 6

    /// How many sentences on an unnamed report's day and place still pass to a named one: a lead
    /// that announces "the foreign ministers of A, B and C" may give background for two or three
    /// sentences before naming them.
    static let frameReach = 4
    /// How many sentences on a round of talks still frames the talks reported one by one: a
    /// report of a minister's round gives a sentence or two to each counterpart.
    static let roundReach = 12
    /// How many sentences on a clause without a second participant may still give the day of the
    /// encounter just reported ("In the talks on Thursday, A ...").
    static let dayFollowUpReach = 3
    /// How many sentences on "also took part in the talks" joins the meeting just reported.
    static let joinReach = 5
    /// How many sentences on a clause that names the meeting with "the" and says who was there
    /// ("The meeting was attended by A and B") still joins the meeting just reported: the
    /// article names what it refers back to, and a report gives several sentences to what was
    /// discussed before it lists who attended.
    static let namedMeetingJoinReach = 9

    /// `dateline`: `Dateline.find(in: sentences, gazetteer: gazetteer)`, which the caller has found.
    func extract(_ sentences: [AnalyzedSentence], people: [PersonRecord], publication: Day?, dateline datelineFound: Dateline.Found?) -> [MeetingFact] {
        let clauseStage = EncounterClauses()
        let participantStage = ParticipantReader()
        let roleStage = RoleReferences()
        let statusStage = MeetingStatusReader()
        let dateStage = MeetingDateReader()
        let placeStage = MeetingPlaceReader(gazetteer: gazetteer)
        let presence = MeetingPresence()
        let partyStage = PartyMembers()
        let merger = MeetingMerger(publication: publication, buildingNames: placeStage.unlistedBuildingNames(in: sentences))
        // The sentences that recall an earlier occasion without a day (`recallsAnEarlierOccasion`).
        var recalledSentences: Set<Int> = []
        // Sentences of the next step of an occasion ("A then called on C"): their own encounter,
        // even where a report before named C among those A met that day.
        var nextStepSentences: Set<Int> = []
        // Sentences of an encounter before or after the occasion reported ("before the session"):
        // another encounter than that occasion, though on its day.
        var aroundOccasionSentences: Set<Int> = []

        var meetings: [MeetingFact] = []
        let mentionsBySentence = PersonMentionsBySentence(people)
        var discourse = MeetingDiscourse()
        discourse.titles = people.map { $0.title?.lowercased() ?? "" }
        discourse.states = people.map(\.country)
        // The last unnamed report of each kind: a plan named later ("A is set to speak with B")
        // takes the announced meeting's day and place even when a past round was recalled between.
        var frame: Frame?
        var plannedFrame: Frame?
        var attended: Attended?
        var attendedMeetings: [Attended] = []
        let dateline = datelineFound?.city
        // The lead the dateline opens (or the line after a dateline on its own), and its day.
        // (Found only when a clause asks: most clauses have a day or a word of time.)
        lazy var leadSentence: Int? =
            datelineFound.map { $0.alone ? $0.sentence + 1 : $0.sentence }.flatMap { $0 < sentences.count ? $0 : nil }
            ?? sentences.prefix(Dateline.searchDepth).first(where: { s in
                !mentionsBySentence[s.index].isEmpty && !DateExpression.find(in: s.tokens).isEmpty
            })?.index
        // (Any day it gives: "warned on Thursday" is a day of speaking, and the report's.)
        // (Not a lead that ends a visit, "A ended his two-day visit on Monday": its day is the
        // departure's, and the visit's encounters may fall on any of its days.)
        lazy var leadDay: Day? = leadSentence.flatMap { k in
            Self.endsAVisit(sentences[k])
                ? nil
                : MeetingDateReader.preferringReportedDays(DateExpression.find(in: sentences[k].tokens), in: sentences[k]).first?
                    .resolve(publication: publication, future: false)
        }
        // The reports that take the lead's day if, once merged, their encounter has none.
        var leadDayReports: Set<Int> = []
        let visits = VisitPlaces(
            sentences, mentionsBySentence: mentionsBySentence, people: people, placeReader: placeStage, dateReader: dateStage, dateline: dateline)
        let gatherings = GatheringPlaces(
            sentences, placeReader: placeStage, dateline: datelineFound, pointsAtDateline: { s, range in self.saysHere(s, range) })
        // The last lead that reported two people acting together, with a day or a place.
        var joint: JointReport?
        var joints: [JointReport] = []
        // Read only for an article with a past plan (most have none).
        var callsOffForGood: Bool?

        for s in sentences {
            var named = mentionsBySentence[s.index]
            // Sorted only when there is something to order: most sentences name no one.
            if named.count > 1 { named.sort { $0.first < $1.first } }
            // Most sentences hold no word of meeting at all.
            guard s.tokens.contains(where: { $0.classes.contains(.meetingTrigger) }) else {
                // "Leaders met in C on Thursday. Around the table were A, B and D": the people
                // present at an encounter reported without names, told after it, are its people.
                if named.count >= 2, let f = frame, f.people.isEmpty, s.index - f.sentence <= f.reach,
                    f.sentence > discourse.lastParticipantsSentence, presence.saysPresent(s),
                    let present = framedPresence(named.filter { !ParticipantReader.isSpeaker($0, in: s) }.map(\.person), frame: f, people: people)
                {
                    let day = f.date?.resolve(publication: publication, future: f.planned)
                    meetings.append(
                        MeetingFact(
                            participants: present.map { people[$0].name }, status: f.planned ? .planned : .held, date: day,
                            datePrecision: f.date == nil ? .none : (day == nil ? .unresolved : .day), place: f.place, mode: .inPerson,
                            evidence: [Evidence(sentence: s.index, start: s.start, end: s.end)]))
                    discourse.lastParticipants = present
                    discourse.lastParticipantsSentence = s.index
                    discourse.noteMentions(named, in: s)
                    continue
                }
                // "Also present was A": A took part in the encounter just reported.
                if !named.isEmpty, presence.saysPresent(s), !meetings.isEmpty,
                    s.index - discourse.lastParticipantsSentence <= Self.joinReach
                {
                    // ("..., according to the President's spokesman, C": C is the source.)
                    // "Also present will be C": the encounter still to come, where the last one
                    // reported was held ("A will host B on Friday. They met in D last year.").
                    joinLast(
                        named.filter { !ParticipantReader.isSpeaker($0, in: s) }.map(\.person), sentence: s, in: &meetings,
                        at: Self.encounterToCome(of: s, presence: presence, meetings: meetings), merger: merger, people: people)
                } else if named.count >= 1, let last = meetings.indices.last, s.index - discourse.lastParticipantsSentence <= Self.joinReach,
                    let party = partyStage.party(
                        in: s, named: named, records: people, pronounHead: { discourse.personalPronoun(at: s.index, excluding: []) }),
                    meetings[last].participants.contains(people[party.head].name)
                {
                    // "The Prime Minister was accompanied by A and B": the leader's party was there.
                    joinLast(party.members, sentence: s, in: &meetings, merger: merger, people: people)
                }
                if let j = JointReport.find(
                    in: s, named: named, dateStage: dateStage, placeStage: placeStage,
                    here: saysHere(s, 0..<s.tokens.count) ? dateline : nil)
                {
                    joint = j
                    joints.append(j)
                }
                // "Belize and Guatemala signed an agreement in Washington yesterday. ... C held
                // talks with both men before the ceremony": the signing frames the encounters of
                // its states' people named next, as an unnamed report of talks does.
                if named.isEmpty, let f = signingFrame(s, dateline: dateline, dateStage: dateStage, placeStage: placeStage) { frame = f }
                discourse.noteMentions(named, in: s)
                continue
            }
            named += roleStage.mentions(
                in: s, people: people, named: named, reportSubject: discourse.encounterSubject(at: s.index, excluding: []),
                ruler: discourse.lastSubject)
            named.sort { $0.first < $1.first }
            defer { discourse.noteMentions(named, in: s) }
            // "A told B on Thursday that C wanted to reopen talks": a sentence whose word of
            // meeting gave no encounter may still report the two together.
            let meetingsBefore = meetings.count
            // Whether a clause named an encounter reported before again ("after his meeting with B").
            var namedAgain = false
            defer {
                if meetings.count == meetingsBefore, !namedAgain,
                    let j = JointReport.find(
                        in: s, named: named, dateStage: dateStage, placeStage: placeStage, here: saysHere(s, 0..<s.tokens.count) ? dateline : nil)
                {
                    joint = j
                    joints.append(j)
                }
            }

            var subjectsBefore: [Int] = []
            var plannedBefore = false
            var pastPlanBefore = false
            let fronted = placeStage.frontedPlace(in: s)
            var dayOfClauseBefore: DateExpression? = nil
            // Whether the clause before reported a plan: "spoke by phone on Thursday and agreed to
            // meet soon" does not carry the call's day to the plan.
            var plannedClauseBefore = false
            // The day and city the clause before ended with, from its words or the encounter it
            // told again: "A met B at the X Palace and later called on C" goes on with them.
            var occasionOfClauseBefore: (day: Day?, city: String?) = (nil, nil)
            let clauses = clauseStage.clauses(of: s, named: named)
            // "The session was attended by A": "session", a word of meeting that reports no
            // encounter of its own without "with", leaves the sentence one of presence, as one
            // without a word of meeting. (Only that one: "will attend the session" and the like,
            // sentences of other words of meeting that give no encounter, tell of other occasions.)
            if clauses.isEmpty, presence.saysSessionAttended(s), !meetings.isEmpty, s.index - discourse.lastParticipantsSentence <= Self.joinReach {
                let present = named.filter { !$0.byRole && !ParticipantReader.isSpeaker($0, in: s) }.map(\.person)
                if !present.isEmpty {
                    joinLast(present, sentence: s, in: &meetings, merger: merger, people: people)
                    continue
                }
            }
            // "States signed a convention here yesterday on what they called X": a word of meeting
            // that reports no encounter ("called" naming a thing) leaves the sentence a signing,
            // its people named only by role ("the leaders of A and B") as in one without.
            if clauses.isEmpty, named.allSatisfy(\.byRole), let f = signingFrame(s, dateline: dateline, dateStage: dateStage, placeStage: placeStage) {
                frame = f
            }
            for clause in clauses {
                var participants = participantStage.participants(in: s, clause: clause, named: named, discourse: discourse, subjectsBefore: subjectsBefore)
                // "agreements reached at the Uzbek-Kyrgyz summit", said of a Tajik and an Uzbek:
                // a gathering of the pair of states its word names, without someone of another.
                // (Its people unnamed: "the sides" just reported, whose day it would give.)
                if Self.isOtherStatesGathering(s, clause, participants: participants.count >= 2 ? participants : discourse.lastParticipants, people: people) {
                    continue
                }
                // "A met the leaders of the region in C. B hosted the meeting, which was attended by
                // D and E": the encounter announced, with its one named person.
                var announced = false
                if let f = frame, f.meetsGroup, s.index - f.sentence <= f.reach, participants.count >= 2, refersToAnnouncedMeeting(s, clause) {
                    participants.insert(contentsOf: f.people.filter { !participants.contains($0) }.sorted(), at: 0)
                    announced = true
                }
                subjectsBefore = participantStage.subjects(of: participants, in: clause, named: named)
                let postponed = statusStage.postponement(in: s, clause: clause)
                // "will meet B at the port, before returning to C on Thursday": the day and place
                // after "before" or "after" and a verb in -ing are that other step's.
                var ownPart = clause
                if let cut = Self.laterStep(in: s, after: clause.trigger, before: clause.range.upperBound) {
                    ownPart.range = clause.range.lowerBound..<cut
                }
                // "arrived here on Wednesday from C, where he held talks with B": in C, on no day
                // of the arrival's.
                // "A, who met B in C on Monday, is due in D today for talks with E": the aside's
                // encounter has the aside's own day, place and tense, not the sentence's.
                var statusClause = clause
                if let aside = EncounterClauses.whoAside(s, around: clause.trigger, before: ownPart.range.upperBound, from: ownPart.range.lowerBound) {
                    ownPart.range = aside
                    statusClause.range = aside
                }
                let whereClause = placeStage.whereClause(in: s, trigger: clause.trigger, clause: clause.range)
                let cameFrom = whereClause?.ownStart != nil
                if let start = whereClause?.ownStart { ownPart.range = start..<ownPart.range.upperBound }
                var date = postponed.map { statusStage.newDay(in: s, after: $0, clause: clause) } ?? dateStage.date(in: s, clause: ownPart)
                // `mayBeCall` first, read in place: the two calls at every word of the clause (and
                // the retains they made) cost some 2,000 instructions a clause.
                let call = clause.range.contains {
                    EncounterClauses.mayBeCall(s, $0)
                        && (EncounterClauses.isCallWord(s, $0) || EncounterClauses.isCallingVerb(s, $0, named: named))
                        && !Self.isSetApart(s, $0, after: clause.trigger)
                }
                // A call has no place (guidelines); "here" puts the encounter in the dateline city.
                let attached =
                    !cameFrom && (datelineFound?.attaches(to: s.index) ?? false)
                    && !Self.saysVisitToAnotherState(s, home: datelineFound?.country)
                // "A flies to C today. There, he will meet B": the place, and the day, of the
                // sentence before.
                let there = s.index >= 1 && Self.opensWithThere(s) ? sentences[s.index - 1] : nil
                if date == nil, postponed == nil, let before = there { date = dateStage.firstDay(in: before) }
                // "met B at the Guest House there": the city the sentence before named, for a venue of
                // the clause (a city the clause names itself comes first). Not for "met B there"
                // alone: that "there" may point past the sentence before, at an announced meeting.
                let thereCity =
                    s.index >= 1 && Self.saysThere(s, after: clause.trigger, in: ownPart.range)
                    ? placeStage.lastCity(in: sentences[s.index - 1]) : nil
                // "A and B will meet in C, followed by a meeting of D and E": the plan goes on.
                // "A was due to hold talks with B and to be hosted by C": the infinitive after
                // "and" continues the plan.
                let continuesPlan =
                    plannedBefore && (s.isWord(clause.range.lowerBound - 1, .followed) || s.word(clause.range.lowerBound) == "to")
                var planned = postponed != nil || continuesPlan || statusStage.isPlanned(s, clause: statusClause, date: date, publication: publication)
                // "A welcomed B at the palace; their closed-door talks begin in a few minutes":
                // talks about to start, after a held encounter of the same two on the day of the
                // report, are part of that occasion.
                if planned, postponed == nil, date == nil, Self.saysAboutToStart(s, clause.range) {
                    let names = Set(participants.map { people[$0].name })
                    if names.count >= 2,
                        meetings.contains(where: { m in
                            m.status == .held && Set(m.participants) == names && (m.date == nil || m.date == publication)
                        })
                    {
                        planned = false
                    }
                }
                // "A and B held talks on Monday. The two were to discuss pipelines": a plan told in
                // the past, with no day of its own, of the very people just reported meeting is
                // what their talks were for, not another encounter.
                if planned, postponed == nil, date == nil, MeetingStatusReader.saysWasTo(s, before: clause.trigger) {
                    let names = Set(participants.map { people[$0].name })
                    if names.count >= 2, meetings.contains(where: { $0.status == .held && Set($0.participants) == names }) { planned = false }
                }
                plannedBefore = planned
                // "SEOUL, July 15 - A will travel to C next week to meet B": the dateline's city and
                // day are where and when the report was filed, not the plan's.
                if planned, postponed == nil, let d = date, Dateline.isDatelineDate(d, in: s) { date = nil }
                let place =
                    call
                    ? nil
                    : whereClause?.city
                        ?? placeStage.place(
                            in: s, near: clause.trigger, clause: ownPart.range,
                            cityOfVenue: thereCity ?? (saysHereOutsideAside(s, clause.range) ? dateline : nil))
                        ?? there.flatMap(placeStage.lastCity)
                        ?? fronted
                        ?? (saysHere(s, clause.range) ? dateline : nil) ?? gatherings.city(of: s, clause.range)
                        ?? (attached && !planned ? dateline : nil)
                // "A had been due to hold talks with B" in a report of a visit called off, and of
                // nothing put off: the plan was cancelled for good, no meeting (guidelines).
                let saysPastPlan = planned && postponed == nil && statusStage.saysPastPlan(s, before: clause.trigger)
                if planned, postponed == nil, saysPastPlan || (continuesPlan && pastPlanBefore) {
                    if callsOffForGood == nil { callsOffForGood = MeetingStatusReader.callsOffForGood(sentences) }
                    if callsOffForGood == true {
                        pastPlanBefore = true
                        continue
                    }
                }
                // "A had been due to meet B in C on Monday" in a report of the visit put off: the
                // day given up is no day of the meeting (a postponed meeting keeps only a new day).
                let dayGivenUp = saysPastPlan && callsOffForGood == false
                pastPlanBefore = false

                // "A met B in C. A flew home after his meeting with B": the encounter reported in a
                // sentence before, placed there, named again as the time of something else; the
                // clause's day and place are that other thing's.
                // ("A is to see B in C. At their meeting B may bring up ...": the encounter reported
                // before, held or planned, named again as the time of what is done in it, when the
                // clause gives it no day or place of its own.)
                var namedAgainAt: Int?
                if participants.count >= 2 {
                    func toldBefore(_ m: MeetingFact) -> Bool {
                        m.evidence.allSatisfy { $0.sentence < s.index } && participants.allSatisfy { m.participants.contains(people[$0].name) }
                    }
                    if Self.namesItAgainAsATime(s, clause.trigger) {
                        namedAgainAt = meetings.lastIndex { $0.status == .held && $0.place != nil && toldBefore($0) }
                    } else if date == nil, place == nil, Self.namesItAgainAsItsTime(s, clause.trigger) {
                        namedAgainAt = meetings.lastIndex(where: toldBefore)
                    }
                }
                if let k = namedAgainAt {
                    join(participants, sentence: s, to: &meetings[k], people: people)
                    discourse.lastParticipants = participants
                    discourse.lastParticipantsSentence = s.index
                    namedAgain = true
                    continue
                }
                // "A and B also took part in the talks", "C, who hosted the meeting, ...": more
                // people at the meeting just reported, not a meeting of their own.
                if !participants.isEmpty, !announced, joinsLastMeeting(s, clause, presence: presence), !meetings.isEmpty,
                    s.index - discourse.lastParticipantsSentence <= Self.namedMeetingJoinReach
                {
                    let toCome = Self.encounterToCome(of: s, presence: presence, meetings: meetings)
                    // "B received A. The meeting will also be attended by C and D": an attendance still
                    // to come is at a gathering to come, not at the encounter already held, and
                    // with no such encounter told there is none to join.
                    if planned, toCome == nil, meetings.last?.status == .held { continue }
                    joinLast(
                        participants, sentence: s, in: &meetings, at: toCome, merger: merger, people: people)
                    continue
                }
                // "A met B and C. During his talks in D, the minister ...": the occasion just
                // reported, whoever its pronoun and role name; its place, where it had none.
                if participants.count >= 2, Self.opensWithTheOccasion(s, clause), let last = meetings.last,
                    let told = last.evidence.first?.sentence, s.index - told == 1
                {
                    let reported = meetings.indices.filter { meetings[$0].evidence.first?.sentence == told }
                    let names = Set(reported.flatMap { meetings[$0].participants })
                    if participants.allSatisfy({ names.contains(people[$0].name) }) {
                        if let place {
                            for i in reported where meetings[i].place == nil && meetings[i].mode == .inPerson { meetings[i].place = place }
                        }
                        continue
                    }
                }
                // "D, who joined A and B for the second half of the palace meeting": D joined the
                // encounter of A and B reported before, when the clause gives it no day of its own.
                if !announced, date == nil, let target = joinedEncounter(s, clause, named: named, meetings: meetings, people: people) {
                    join(participants, sentence: s, to: &meetings[target], people: people)
                    continue
                }
                // "A met B in C on Monday. A and B were joined by D": D joined that encounter, when
                // the clause gives it no other day or place.
                if !announced, date == nil, place == nil || place == meetings.last?.place, let last = meetings.indices.last,
                    s.index - discourse.lastParticipantsSentence <= Self.joinReach,
                    joinedBy(s, clause, subjects: named.filter { $0.first < clause.trigger }.map(\.person), last: meetings[last], people: people)
                {
                    joinLast(participants, sentence: s, in: &meetings, merger: merger, people: people)
                    continue
                }
                if participants.count < 2 {
                    // "Ministers from A, B and C met in D on Monday. ... E of A called the meeting
                    // useful": people of those states who speak of "the meeting" attended it.
                    if var a = attended, s.index - a.frame.sentence <= Self.attendeeReach, clause.trigger >= 1,
                        s.tokens[clause.trigger - 1].isWord(.the), s.index != a.frame.sentence
                    {
                        for m in named where people[m.person].country.map(a.frame.states.contains) == true && !a.people.contains(m.person) {
                            a.people.append(m.person)
                            a.evidence.append(Evidence(sentence: s.index, start: s.start, end: s.end))
                        }
                        attended = a
                    }
                    // "A held talks with his counterparts": A is the subject of the round of
                    // encounters the next sentences report one by one.
                    if let only = participants.first, named.contains(where: { $0.person == only && $0.first < clause.trigger }) {
                        discourse.lastSubject = only
                        discourse.lastSubjectSentence = s.index
                    }
                    // "The foreign ministers of A and B met in C on Monday": the names follow.
                    let states = Set(s.mentions.filter { clause.range.contains($0.first) }.compactMap(\.countryCode))
                    if date != nil || place != nil, participants.isEmpty, states.isEmpty, refersToLastMeeting(s, clause),
                        let f = frame, s.index - f.sentence <= f.reach, !f.states.isEmpty || !f.people.isEmpty
                    {
                        // "A and B began talks here on Monday. The talks, which end on Tuesday,
                        // ...": the occasion just framed, told again; its people and day stay.
                        if f.place == nil { frame?.place = place }
                    } else if date != nil || place != nil {
                        frame = Frame(date: date, place: place, sentence: s.index, planned: planned, states: states, people: Set(participants))
                        if participants.isEmpty { frame?.size = ParticipantReader.unnamedGroupSize(s, clause.range) }
                        frame?.isRound =
                            participants.count == 1
                            && (clause.range.contains { s.tokens[$0].isListed(.roundWord) }
                                || EncounterClauses.receivesVisitorGroup(s, after: clause.trigger, limit: clause.range.upperBound))
                        frame?.meetsGroup = participants.count == 1 && meetsUnnamedGroup(s, clause)
                        // (Not a round's: "talks with his counterparts from A, B and C" frames
                        // every encounter at that gathering.)
                        if frame?.isRound != true {
                            frame?.partyStates = Self.statesMet(s, clause).subtracting(participants.first.flatMap { people[$0].country }.map { [$0] } ?? [])
                        }
                        frame?.meetsPublic = Self.meetsPublicAudience(s, clause)
                        if planned { plannedFrame = frame }
                        if participants.isEmpty, states.count >= 2, let f = frame {
                            if let a = attended, a.people.count >= 2 { attendedMeetings.append(a) }
                            attended = Attended(frame: f, evidence: [Evidence(sentence: s.index, start: s.start, end: s.end)])
                        }
                    }
                    // "In the talks Thursday, A ...": the day of the encounter just reported.
                    // A clause right after a report, naming none but its people, speaks of that encounter.
                    // ("The meeting took place on Monday": the article's one encounter so far, however
                    // far back it was reported.)
                    let followedUp =
                        meetings.indices.last.flatMap { last in
                            s.index - discourse.lastParticipantsSentence <= Self.dayFollowUpReach
                                && participants.allSatisfy({ discourse.lastParticipants.contains($0) }) ? last : nil
                        } ?? (meetings.count == 1 && participants.isEmpty && refersToLastMeeting(s, clause) ? 0 : nil)
                    // "... were among the issues discussed at the meeting today": in a report of
                    // one encounter, "the meeting" named anywhere in a clause that names no one
                    // is that encounter, however far on, and its day is the encounter's (for one
                    // held, not a day to come).
                    let namedAgainLater =
                        followedUp == nil && meetings.count == 1 && participants.isEmpty && Self.namesTheMeeting(s, in: clause.range, alone: true) ? 0 : nil
                    if let last = followedUp ?? namedAgainLater, meetings[last].date == nil, let d = date,
                        let day = d.resolve(publication: publication, future: meetings[last].status == .planned),
                        followedUp != nil || meetings[last].status == .planned || publication.map({ day <= $0 }) ?? true
                    {
                        meetings[last].date = day
                        meetings[last].datePrecision = .day
                        meetings[last].evidence.append(Evidence(sentence: s.index, start: s.start, end: s.end))
                    }
                    // "The meeting, held on the island of C, ...": the place of the encounter just reported.
                    // ("During his talks in C, the minister ...": of each encounter that report told.)
                    // ("A's meeting with B was put off to Monday. In C, A will discuss trade": a
                    // plan of one of its people, in a city, is that plan's place.)
                    if let last = followedUp, meetings[last].place == nil, meetings[last].mode == .inPerson, let p = place,
                        refersToLastMeeting(s, clause) || Self.opensWithTheOccasion(s, clause)
                            || (planned && meetings[last].status == .planned && participants.count == 1 && !call)
                    {
                        let told = meetings[last].evidence.first?.sentence
                        for i in meetings.indices
                        where meetings[i].place == nil && meetings[i].mode == .inPerson && meetings[i].evidence.first?.sentence == told {
                            meetings[i].place = p
                            meetings[i].evidence.append(Evidence(sentence: s.index, start: s.start, end: s.end))
                        }
                    }
                    continue
                }
                var useDate = date
                // "the next day", "two days later": a day counted from the encounter before, which
                // no day of the clause before, the dateline or the visit replaces.
                let daysAfter = dateStage.daysAfterPrevious(in: s, range: clause.range)
                // "on the same day", "later that day": the day of the encounter before, read below.
                let sameDay = saysSameDay(s, clause.range, trigger: clause.trigger)
                // "Baku, December 2 — A has received B": the dateline's day, for a report it places.
                if useDate == nil, postponed == nil, !planned, attached, !sameDay,
                    !namesAPastPeriod(s, clause.range), daysAfter == nil,
                    let day = datelineFound?.date
                {
                    useDate = day
                }
                var usePlace = place
                var isPlanned = planned
                // "The two agreed to meet again": another occasion than the one reported before it,
                // so none of that one's day and place carries over.
                let another = saysAgain(s, clause)
                // A plan the clause itself states ("is to meet") is another encounter than a past
                // one the unnamed report gave; else the report's day, place and plan carry over.
                // "... talks due to open in C next month. The pair last met in May": a clause that
                // tells its encounter in the past is not the plan framed before, nor on its day or
                // at its place.
                if !another, let f = planned ? plannedFrame : frame, s.index - f.sentence <= f.reach, f.covers(participants, people: people),
                    planned || !f.planned || !MeetingStatusReader.tellsPastEncounter(s, clause.trigger)
                {
                    // A postponed meeting keeps only the new day its own clause gives (guidelines).
                    if useDate == nil, postponed == nil {
                        useDate = f.date
                        isPlanned = f.planned || planned
                    }
                    // A call has no place (guidelines), whatever the report around it gave.
                    if usePlace == nil, !call { usePlace = f.place }
                }
                // "Leaders came out of a retreat in C yesterday. The retreat brought together A, B
                // and D": the gathering named before with its day is the encounter.
                if useDate == nil, postponed == nil, !call, !another, let d = gatherings.day(of: s, clause) { useDate = d }
                // "On the sidelines of the summit, A met B": on the summit's one day.
                if useDate == nil, postponed == nil, !call, !another, let d = gatherings.sidelinesDay(of: s, ownPart.range) { useDate = d }
                // "Before the summit opened, A met B": on the summit's one day.
                if useDate == nil, postponed == nil, !call, !another, let d = gatherings.dayBefore(of: s, ownPart.range) { useDate = d }
                if frame?.isRound != true { frame = nil }
                if plannedFrame?.isRound != true { plannedFrame = nil }
                // "A and B agreed here yesterday to ... The two leaders spoke for two hours": the
                // lead's day and place, when the clause gives none.
                // ("A told B on Thursday that ... The two ministers spoke in C": the lead's day,
                // and the clause's own place.)
                // ("A and B signed in C on Sunday. The two leaders were received by D": the pair
                // with someone more, on the same occasion.)
                if useDate == nil, postponed == nil, !call, !another, ParticipantReader.hasGroupReference(s, clause.range),
                    let j = joint, s.index - j.sentence <= JointReport.reach, j.people.isSubset(of: participants),
                    !meetings.contains(where: { $0.evidence.contains { $0.sentence > j.sentence } })
                {
                    useDate = j.date
                    if usePlace == nil { usePlace = j.place }
                }
                // "The two leaders then talked in private with A and B": the pair (or "the three
                // leaders": the group) just reported, on the same occasion, when the clause names
                // no day of its own.
                let group = discourse.referredGroup(
                    at: s.index, holding: ParticipantReader.groupOffice(s, clause.range), size: ParticipantReader.groupSize(s, clause.range),
                    ofLeaders: ParticipantReader.namesLeaders(s, clause.range))
                let groupOccasion =
                    useDate == nil && postponed == nil && !call && !another && ParticipantReader.hasGroupReference(s, clause.range)
                        && group.count >= 2 && group.allSatisfy(participants.contains)
                    ? meetings.last(where: { m in
                        group.allSatisfy { m.participants.contains(people[$0].name) } && m.status == (isPlanned ? .planned : .held)
                            && m.mode == .inPerson
                    }) : nil
                // "... The three leaders talked for hours in the capital": the place of the
                // encounter of exactly that group, reported with no place, on its day (not on a
                // day the visit report gave). Where that encounter has a place, one named now may
                // be another occasion's ("since the two last met in C") or not a place of meeting.
                // "A met B in C yesterday. The two presidents talked at the X Palace": a venue
                // the city of that encounter may hold is that occasion too, as is that city again.
                let placedGroupOccasion =
                    usePlace == nil
                    ? nil
                    : groupOccasion.flatMap { m in
                        (m.place == nil || (merger.isVenue(usePlace!) && !merger.isVenue(m.place!))
                            // The same city again ("in the Togolese capital" after "LOME -"),
                            // spelled with or without its accent.
                            || merger.samePlace(m.place, usePlace))
                            && Set(m.participants) == Set(group.map { people[$0].name }) ? m : nil
                    }
                // "A arrived in C on Monday. ... A met B": the city the visit report placed A in.
                // ("Earlier in the day A met D": before the encounter told, A may have been anywhere.)
                let earlierThatDay = sameDay && clause.range.contains { s.tokens[$0].isWord(.earlier) }
                if usePlace == nil, !call, !another, !earlierThatDay {
                    usePlace = visits.city(of: participants, at: s.index, refersToTheVisit: Self.toldDuringTheVisit(s, clause.range), planned: isPlanned)
                }
                // "A arrived in C on Wednesday and met B that night at the V": the city the
                // sentence itself names for the visit comes before the venue (guidelines: the
                // city, else the venue).
                // (Named before the meeting word: "then flew to C" is the trip's next step.)
                if let venue = usePlace, !call, !another, merger.isVenue(venue) {
                    if let city = visits.cityTold(in: s.index, of: participants),
                        s.mentions.contains(where: { $0.last < clause.trigger && s.text($0.first, $0.last) == city })
                    {
                        usePlace = city
                    } else if s.index >= 1, let city = visits.cityTold(in: s.index - 1, of: participants) {
                        // "A reached C late on Tuesday. At the airport B welcomed him": the
                        // city the sentence before names for the arrival, over the welcome's venue.
                        usePlace = city
                    }
                }
                // "A met B yesterday and was then received by C": the clause goes on with the
                // subject, and the day, of the one before it.
                // ("met B on Friday and flew to C the next day for talks with D": a day counted
                // from that one, below.)
                if useDate == nil, postponed == nil, !another, clause.sharesSubject, let before = dayOfClauseBefore,
                    daysAfter == nil, isPlanned == plannedClauseBefore
                {
                    useDate = before
                }
                // "A met B on Thursday. A later held talks with C": the same day as the encounter
                // before, not the day the visit began.
                let later = !isPlanned && Self.saysLater(s, clause.range, trigger: clause.trigger)
                // "A and B then met": the next step goes on with the day of the step before, not the
                // day the visit began.
                let goesOn =
                    meetings.last.map {
                        goesOnTheSameOccasion(s, clause, after: $0, participants: participants, planned: isPlanned, people: people, ownPlace: usePlace)
                    } ?? false
                if goesOn, Self.saysThen(s, clause, joinsElsewhere: Self.placedElsewhere(usePlace, than: meetings.last)) {
                    nextStepSentences.insert(s.index)
                }
                if useDate == nil, postponed == nil, !another, placedGroupOccasion == nil, !cameFrom, !later, !sameDay, !goesOn,
                    !namesAPastPeriod(s, clause.range), daysAfter == nil,
                    let visitDay = visits.day(of: participants, at: s.index, planned: isPlanned),
                    !reportedOnAnotherDay(participants, than: visitDay, in: meetings, people: people, publication: publication)
                {
                    useDate = visitDay
                }
                dayOfClauseBefore = useDate
                let sameStatusAsBefore = isPlanned == plannedClauseBefore
                plannedClauseBefore = isPlanned
                var day = useDate?.resolve(publication: publication, future: isPlanned)
                var precision: DatePrecision = useDate == nil ? .none : (day == nil ? .unresolved : .day)
                // "A met B before the joint press conference": the day of the occasion reported.
                let aroundTheOccasion =
                    !isPlanned && useDate == nil && !namesAPastPeriod(s, clause.range) && Self.saysAroundTheOccasion(s, clause.range, trigger: clause.trigger)
                // Its own encounter, not part of the occasion: "met over breakfast before the session".
                if aroundTheOccasion { aroundOccasionSentences.insert(s.index) }
                if useDate == nil, goesOn || later || sameDay || aroundTheOccasion, let previous = meetings.last {
                    // The day of the last encounter that has one: one recalled between without a
                    // day ("A visited C last year and met B there") is not the day's news.
                    // A held encounter goes on with the day of the last held one: "Later that
                    // evening" after a plan told between ("a commission will meet next week") is
                    // still the day of the talks.
                    let dated = meetings.filter { $0.date != nil }
                    if let d = (isPlanned ? dated.last : dated.last(where: { $0.status == .held }) ?? dated.last)?.date {
                        day = d
                        precision = .day
                    }
                    // "A met B in C on Monday. A called on D later that day": one of its people goes
                    // on with the same day, with no place of its own: still in C. (Someone new who
                    // met one of them that day may have met them anywhere.)
                    // ("He also held a working lunch with D the same day": the subject by pronoun.)
                    // ("A later met D": the same, the dateline's city too, where the encounter
                    // before was put there.)
                    // ("Earlier in the day A met D": not carried back.)
                    if usePlace == nil, !call, previous.mode == .inPerson, let subject = participants.first, !earlierThatDay,
                        goesOn || named.contains(where: { $0.person == subject && $0.first < clause.trigger })
                            || participantStage.pronounSubject(s, before: clause.trigger, plural: false),
                        goesOn || previous.participants.contains(people[subject].name)
                    {
                        // Only the city: the venue was the other encounter's ("met B at the X
                        // Palace and later called on D at his residence"). A host who received
                        // the one guest and "also received" the next stayed where they receive.
                        let stayedHome =
                            Self.receivingVerbs.contains(s.tokens[clause.trigger].lower)
                            && previous.participants.first == people[subject].name
                        usePlace = previous.place.flatMap { merger.isVenue($0) && !stayedHome ? nil : $0 }
                    }
                }
                // "A spoke to parliament on Wednesday. Earlier in the day A held talks with B": with
                // no encounter reported before, the day of the event the sentence before tells.
                // ("The summit opened on Thursday. A and B met that afternoon": the day the
                // sentence before tells, when it reported no encounter, over the last encounter's.)
                // ("On Monday he flew on to C. As his plane landed, ... A and B met in the
                // afternoon": the day told in the sentences since the last encounter, within
                // `dayToldReach`. Before or after "the ceremony", the occasion is that encounter:
                // only the sentence right before counts.)
                // (The last report's sentence read only here: asked at every clause, the evidence
                // was gathered into an array each time.)
                if useDate == nil, sameDay || aroundTheOccasion, s.index >= 1,
                    case let lastReported = meetings.last?.evidence.lazy.map(\.sentence).max() ?? -1, lastReported < s.index - 1,
                    let told = stride(from: s.index - 1, through: max(lastReported + 1, s.index - (sameDay ? Self.dayToldReach : 1)), by: -1).lazy
                        .compactMap({ dateStage.firstDay(in: sentences[$0]) }).first,
                    let d = told.resolve(publication: publication, future: isPlanned)
                {
                    day = d
                    precision = .day
                }
                // "A met B on Monday. The next day, he met C": a day counted from the one reported.
                if useDate == nil, let offset = daysAfter, let previous = meetings.last,
                    let d = previous.date
                {
                    day = d.adding(days: offset)
                    precision = .day
                }
                if let previous = placedGroupOccasion {
                    day = previous.date
                    precision = previous.datePrecision
                } else if let previous = groupOccasion, useDate == nil, usePlace == nil {
                    day = previous.date
                    precision = previous.datePrecision
                    usePlace = previous.place
                }
                // "A was represented during those talks by B": the talks the sentence before told,
                // on their day and at their place, whoever that sentence said took part.
                if useDate == nil || usePlace == nil, !another, Self.pointsBack(s, at: clause.trigger), let previous = meetings.last,
                    previous.evidence.contains(where: { $0.sentence == s.index - 1 })
                {
                    if useDate == nil, day == nil {
                        day = previous.date
                        precision = previous.datePrecision
                    }
                    if usePlace == nil, !call { usePlace = previous.place }
                }
                // "Earlier in the day A held talks with B": at the gathering the article reports from.
                if usePlace == nil, !call, !another, !GatheringPlaces.saysBeforeOrAfter(s, clause.range),
                    !GatheringPlaces.namesAState(s, clause.range)
                {
                    usePlace = gatherings.reportedCity(at: s.index)
                }
                // "A held talks with B in C yesterday. A met B at the X Palace": the same two, told
                // again without a day, on the day of that encounter (as the merger would fold them).
                var groups = participantStage.bilateralPairs(participants, in: s, clause: clause, named: named)
                // "held talks with A on 2 June and B on 12 June": guests each given a day of
                // their own met the one subject apart, each on that day.
                if groups.count == 1, participants.count >= 3, postponed == nil {
                    let guests = participants.filter { p in named.contains { $0.person == p && $0.first > clause.trigger && clause.range.contains($0.first) } }
                    let subjects = participants.filter { !guests.contains($0) }
                    if subjects.count == 1, guests.count >= 2,
                        guests.allSatisfy({ dateStage.ownDate(of: $0, in: s, clause: clause, named: named) != nil })
                    {
                        groups = guests.map { [subjects[0], $0] }
                    }
                }
                // (Not a round of talks one by one: each pair is its own encounter.)
                var toldAgain: MeetingFact?
                if day == nil, useDate == nil, postponed == nil, !another, groups.count == 1 {
                    let names = Set(participants.map { people[$0].name })
                    toldAgain = meetings.last { m in
                        m.date != nil && m.status == (isPlanned ? .planned : .held) && m.mode == (call ? .call : .inPerson)
                            && Set(m.participants) == names && merger.compatiblePlaces(m.place, usePlace)
                            && m.evidence.contains { s.index - $0.sentence <= Self.joinReach }
                    }
                }
                if let m = toldAgain {
                    day = m.date
                    precision = m.datePrecision
                }
                // "... and later called on C at his residence": the clause going on with the
                // subject keeps the day, and the city, the clause before ended with.
                if date == nil, postponed == nil, !another, daysAfter == nil, clause.sharesSubject, sameStatusAsBefore,
                    let d = occasionOfClauseBefore.day
                {
                    if day == nil {
                        day = d
                        precision = .day
                    }
                    if usePlace == nil, !call, day == d { usePlace = occasionOfClauseBefore.city }
                }
                // "In a separate meeting here, C met D": a report put in the dateline city with no
                // day of its own, nor of the lead, the occasion or the clause before, is the
                // dateline's day's news.
                // (Not "last met here in January": an earlier occasion, however vaguely dated.)
                if day == nil, useDate == nil, postponed == nil, !isPlanned, !sameDay, !another, daysAfter == nil, saysHere(s, clause.range),
                    !namesAPastPeriod(s, clause.range),
                    !Self.recallsAnEarlierOccasion(s, clause.range),
                    let d = datelineFound?.date?.resolve(publication: publication, future: false)
                {
                    day = d
                    precision = .day
                }
                // "A met B on Monday. She also held talks with C": an encounter told with no time of
                // its own, right after a held encounter that one of its people had, is part of that
                // occasion and on its day. (Not "C and A last met in June", "two weeks ago".)
                // A call is an occasion of its own, and so is the meeting of two whom the article
                // already shows meeting on another day.
                // (Read once for the two rules below: a held in-person encounter with no day and no
                // word of time, by the clause or the sentence.)
                let toldWithoutTime =
                    day == nil && useDate == nil && postponed == nil && !isPlanned && !another && !call && daysAfter == nil && !sameDay
                    && !Self.namesAnyTime(s) && !Self.setsApart(s) && !Self.saysPerfect(s, before: clause.trigger, in: clause.range)
                    && !Self.datedByTheVisit(s)
                func datedOtherwise(than d: Day?) -> Bool {
                    let names = Set(participants.map { people[$0].name })
                    return meetings.contains { $0.date != nil && $0.date != d && Set($0.participants) == names }
                }
                if toldWithoutTime,
                    let occasion = meetings.last(where: { m in
                        m.status == .held && m.mode == .inPerson && m.date != nil
                            && m.evidence.contains { $0.sentence < s.index && s.index - $0.sentence <= Self.occasionDayReach }
                            && participants.contains { m.participants.contains(people[$0].name) }
                    }),
                    !datedOtherwise(than: occasion.date)
                {
                    day = occasion.date
                    precision = occasion.datePrecision
                }
                // "BHUJ - A spoke to troops on Thursday. ... A met B at the station after the
                // speech": the lead tells the day its subject's report is of; an encounter of that
                // person told later with no time of its own is that day's, when no other report of
                // the same encounter gives a day (read after the merger, below).
                if toldWithoutTime, day == nil, let lead = leadSentence, lead < s.index, leadDay != nil,
                    participants.contains(where: { p in mentionsBySentence[lead].contains { $0.person == p } })
                {
                    // A dateline's lead is the report's own; a lead found without one, only where no
                    // other report of the encounter dates it.
                    if datelineFound != nil, !datedOtherwise(than: leadDay) {
                        day = leadDay
                        precision = .day
                    } else {
                        leadDayReports.insert(s.index)
                    }
                }
                // "A rejected the statement on Friday. He made the remarks in a phone call with B":
                // the encounter is the occasion of the remarks the sentence before reported, on
                // their day (a call too, which is otherwise an occasion of its own).
                if day == nil, useDate == nil, postponed == nil, !isPlanned, !another, s.index >= 1,
                    Self.refersToRemarksBefore(s, clause.range, trigger: clause.trigger),
                    let told = dateStage.firstDay(in: sentences[s.index - 1]), let d = told.resolve(publication: publication, future: false)
                {
                    day = d
                    precision = .day
                }
                // "The two last met in Belgrade in July": an earlier occasion, which the merger keeps
                // apart from the encounter of the day.
                // ("The two spoke again by phone this month": another occasion too.)
                if day == nil, !isPlanned, another || Self.recallsAnEarlierOccasion(s, clause.range) { recalledSentences.insert(s.index) }
                let cityNow = usePlace.flatMap { merger.isVenue($0) ? nil : $0 } ?? toldAgain?.place.flatMap { merger.isVenue($0) ? nil : $0 }
                occasionOfClauseBefore = (day, cityNow)
                // "said on Monday that A would visit next month": a plan the clause puts in a
                // period to come has no day of its own, and none the report around it lent.
                if dayGivenUp || (isPlanned && date == nil && namesAComingPeriod(s, ownPart.range)) {
                    day = nil
                    precision = .none
                }
                // "met B at the Foreign Ministry": an office of government, where nothing else
                // placed the encounter.
                if usePlace == nil, !call { usePlace = placeStage.institution(in: s, clause: ownPart.range) }
                let evidence = Evidence(sentence: s.index, start: s.start, end: s.end)
                for group in groups {
                    var groupDay = day
                    var groupPrecision = precision
                    // "met A on Monday and B on Tuesday": each guest's own day.
                    if groups.count >= 2, let guest = group.last, let own = dateStage.ownDate(of: guest, in: s, clause: clause, named: named),
                        postponed == nil
                    {
                        groupDay = own.resolve(publication: publication, future: isPlanned)
                        groupPrecision = groupDay == nil ? .unresolved : .day
                    }
                    meetings.append(
                        MeetingFact(
                            participants: group.map { people[$0].name }, status: isPlanned ? .planned : .held,
                            date: groupDay, datePrecision: groupPrecision, place: usePlace, mode: call ? .call : .inPerson,
                            evidence: [evidence]))
                }
                discourse.lastParticipants = participants
                discourse.lastParticipantsSentence = s.index
                // The subject: named (or referred to) before the meeting word.
                if let first = participants.first, !named.contains(where: { $0.person == first && $0.first > clause.trigger }) {
                    discourse.lastSubject = first
                    discourse.lastSubjectSentence = s.index
                }
            }
        }
        if let a = attended, a.people.count >= 2 { attendedMeetings.append(a) }
        for a in attendedMeetings {
            let f = a.frame
            let day = f.date?.resolve(publication: publication, future: f.planned)
            meetings.append(
                MeetingFact(
                    participants: a.people.map { people[$0].name }, status: f.planned ? .planned : .held, date: day,
                    datePrecision: f.date == nil ? .none : (day == nil ? .unresolved : .day), place: f.place, mode: .inPerson, evidence: a.evidence))
        }
        meetings += jointEncounters(joints, meetings: meetings, sentences: sentences, people: people, statusStage: statusStage, publication: publication)
        meetings += ReturnVisits().encounters(
            in: sentences, meetings: meetings, mentionsBySentence: mentionsBySentence, people: people, dateStage: dateStage, publication: publication)
        var finalMerger = merger
        finalMerger.recalledSentences = recalledSentences
        // Only the sentences that report an encounter are read for it: every word of every
        // sentence hashed against the two lists cost 19 M instructions over 300 articles.
        let reporting = Set(meetings.compactMap { $0.evidence.first?.sentence })
        finalMerger.apartSentences = Set(reporting.filter { Self.setsApart(sentences[$0]) }).union(nextStepSentences).union(aroundOccasionSentences)
        finalMerger.anotherAudienceSentences = Set(reporting.filter { Self.saysAlsoReceived(sentences[$0]) })
        // Each sentence of a report read once: most reports are told in one or two sentences.
        var readForBackReference = [Bool](repeating: false, count: sentences.count)
        for m in meetings {
            for e in m.evidence where !readForBackReference[e.sentence] {
                readForBackReference[e.sentence] = true
                if Self.namesTheMeeting(sentences[e.sentence], in: sentences[e.sentence].tokens.indices) {
                    finalMerger.backReferenceSentences.insert(e.sentence)
                }
            }
        }
        var merged = finalMerger.merge(meetings)
        // "Presidents meeting in C to discuss trade" over a report that gives only the venue ("at
        // the X residence"): the city the headline names is the place (guidelines: the city, else
        // the venue), where one encounter alone was given a venue.
        if let headline = sentences.first, headline.index == MeetingMerger.headlineSentence, let city = Self.headlineMeetingCity(headline) {
            let atVenues = merged.indices.filter { merged[$0].mode == .inPerson && merged[$0].place.map(finalMerger.isVenue) == true }
            if atVenues.count == 1, !merged.contains(where: { $0.place == city }) { merged[atVenues[0]].place = city }
        }
        if !leadDayReports.isEmpty, let leadDay {
            for i in merged.indices
            where merged[i].date == nil && merged[i].status == .held && merged[i].mode == .inPerson
                && merged[i].evidence.contains(where: { leadDayReports.contains($0.sentence) })
            {
                merged[i].date = leadDay
                merged[i].datePrecision = .day
            }
        }
        // A held encounter took place by the publication date (guidelines): a day after it, lent
        // from a plan or a leave-taking told nearby ("will leave tomorrow"), is no day of it.
        if let publication {
            for i in merged.indices where merged[i].status == .held && (merged[i].date.map { $0 > publication } ?? false) {
                merged[i].date = nil
                merged[i].datePrecision = .none
            }
        }
        return merged
    }

    /// Whether a sentence tells an encounter apart from the occasion reported around it: "a
    /// separate meeting", "met separately", and "on the sidelines" or "on the margins" with no
    /// "of" after it, which are those of the occasion just told. ("On the sidelines of the
    /// forum, A met B" sets it apart from the forum, not from "A and B's private meeting".)
    static func setsApart(_ s: AnalyzedSentence) -> Bool {
        s.tokens.indices.contains { k in
            let t = s.tokens[k]
            guard t.kind == .word else { return false }
            if Self.apartWords.contains(t.lower) { return true }
            return WordLists.sidelineWords.contains(t.lower) && !s.isWord(k + 1, .of)
        }
    }

    static let apartWords: WordSet = ["separate", "separately"]

    /// Nouns of what someone said, which a determiner before the meeting word points back at:
    /// "made the remarks in a call with B", "his comments came during talks with B".
    static let remarkNouns: WordSet = ["remarks", "comments", "remark", "comment"]
    /// The determiners that point back: "the remarks", "these comments", "his remarks".
    static let backDeterminers: WordSet = ["the", "these", "those", "his", "her", "their"]

    /// Whether the clause says, before its meeting word, that remarks reported before were made
    /// there: a noun of remarks after a determiner that points back.
    static func refersToRemarksBefore(_ s: AnalyzedSentence, _ range: Range<Int>, trigger: Int) -> Bool {
        guard trigger > range.lowerBound + 1 else { return false }
        return (range.lowerBound + 1..<trigger).contains { k in
            remarkNouns.contains(s.tokens[k].lower) && backDeterminers.contains(s.tokens[k - 1].lower)
        }
    }

    /// "The host also received D": "also" shortly before a verb of receiving, another audience
    /// whoever sat in on the one before.
    static func saysAlsoReceived(_ s: AnalyzedSentence) -> Bool {
        s.tokens.indices.contains { k in
            s.tokens[k].isWord(.also)
                && (k + 1..<min(s.tokens.count, k + 1 + alsoReach)).contains { receivingVerbs.contains(s.tokens[$0].lower) }
        }
    }

    /// Modals that put an act to come: "will sign".
    static let comingModals: WordSet = ["will", "shall"]
    /// Words after "are" that put an act to come: "are to sign", "are due to sign".
    static let comingAfterBe: WordSet = ["to", "due", "expected", "set", "scheduled"]

    /// "In C on Saturday, A and B agreed on deals": two named people acting together in a city
    /// on a day, with no encounter of the two reported anywhere in the article, were together
    /// there: an encounter.
    func jointEncounters(
        _ joints: [JointReport], meetings: [MeetingFact], sentences: [AnalyzedSentence], people: [PersonRecord], statusStage: MeetingStatusReader,
        publication: Day?
    ) -> [MeetingFact] {
        var out: [MeetingFact] = []
        for j in joints {
            guard let place = j.place, let date = j.date else { continue }
            let names = j.people.map { people[$0].name }
            let together = { (m: MeetingFact) in names.allSatisfy(m.participants.contains) }
            guard !meetings.contains(where: together), !out.contains(where: together) else { continue }
            let s = sentences[j.sentence]
            // "A and B will sign ...", "are to sign", "are due to sign": the word right after the
            // subjects may itself put the act to come.
            let first = s.tokens[j.verb].lower
            let comesNext = s.word(j.verb + 1).map(Self.comingAfterBe.contains) ?? false
            let planned =
                Self.comingModals.contains(first) || (["are", "is"].contains(first) && comesNext)
                || statusStage.isPlanned(s, clause: EncounterClause(range: 0..<s.tokens.count, trigger: j.verb), date: date, publication: publication)
            let day = date.resolve(publication: publication, future: planned)
            out.append(
                MeetingFact(
                    participants: names.sorted(), status: planned ? .planned : .held, date: day, datePrecision: day == nil ? .unresolved : .day,
                    place: place, mode: .inPerson, evidence: [Evidence(sentence: s.index, start: s.start, end: s.end)]))
        }
        return out
    }

    /// "A and B met in C today, a week after a telephone conversation of their presidents": a
    /// word of calling after a comma that follows the meeting word is another encounter the
    /// clause recalls, not the manner of its own.
    /// ("paid a call on B, the former president, at his home the same day": an aside on the
    /// person met, closed by its comma, sets nothing apart.)
    static func isSetApart(_ s: AnalyzedSentence, _ k: Int, after trigger: Int) -> Bool {
        var j = trigger + 1
        while j < k {
            if Token.isMark(s.tokens, j, UInt8(ascii: ",")) {
                // "with his counterpart, B, during a phone call": a name set off as the apposition
                // of the word before it, and the clause going on after it.
                if let name = s.mention(at: j + 1), name.first == j + 1, name.isName, name.last + 1 < k,
                    Token.isMark(s.tokens, name.last + 1, UInt8(ascii: ","))
                {
                    j = name.last + 2
                    continue
                }
                guard let m = s.mention(endingAt: j - 1), m.isName,
                    let close = (j + 1..<min(k, j + 1 + Self.personAsideReach)).first(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) })
                else { return true }
                j = close + 1
                continue
            }
            j += 1
        }
        return false
    }

    /// How many words an aside on a person may hold: ", the former president of the republic,".
    static let personAsideReach = 8

    /// How many describing words may stand between "in the" and a settlement noun that points at
    /// the dateline city: "in the Black Sea resort city", "in this border town".
    static let settlementDescriptionWords = 3

    /// "held talks here", "met in the capital", "in the Black Sea resort city", "in this border
    /// town": the place of the dateline.
    func saysHere(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        range.contains { k in
            // "in" tested here, the first test of `pointsAtTheDatelineCity`: a call for every word
            // of every clause (140,000 over 300 articles) cost more than the test.
            s.tokens[k].isWord(.here) || (s.tokens[k].isWord(.in) && pointsAtTheDatelineCity(s, from: k, in: range))
        }
    }

    /// "held talks at the X Palace here": "here" in the clause's own words (not in an aside about
    /// someone, ", who arrived here to ..."), which names the dateline city for the encounter.
    func saysHereOutsideAside(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        range.contains { k in
            // Asked of every word of every clause: a word that cannot begin with "h" is turned away on a byte.
            (Token.mayBeginWith(s.tokens, k, UInt8(ascii: "h")) && s.tokens[k].isWord(.here)
                || Token.mayBeginWith(s.tokens, k, UInt8(ascii: "i")) && s.tokens[k].isWord(.in) && pointsAtTheDatelineCity(s, from: k, in: range))
                && MeetingPlaceReader.asideHolding(k, in: s) == nil
        }
    }

    /// "in the [describing words] city|town|capital|resort" with no name after it (a named city
    /// is the place stage's), read from the "in" at `k`.
    func pointsAtTheDatelineCity(_ s: AnalyzedSentence, from k: Int, in range: Range<Int>) -> Bool {
        guard s.tokens[k].isWord(.in), k + 2 < range.upperBound, s.tokens[k + 1].isWord(.the) || s.tokens[k + 1].isWord(.this) else { return false }
        var j = k + 2
        while j < range.upperBound, j - (k + 2) <= Self.settlementDescriptionWords {
            let t = s.tokens[j]
            if t.isListed(.settlementNoun) {
                // "the port city of C", "the capital, C", "the capital C": the name follows; "the
                // town hall": a building.
                var n = j + 1
                if n < s.tokens.count, Token.isMark(s.tokens, n, UInt8(ascii: ",")) { n += 1 }
                guard n < s.tokens.count else { return true }
                let next = s.tokens[n]
                return !next.isWord(.of) && !next.isListed(.venueWord) && !next.isCapitalized
            }
            guard t.kind == .word, !t.isListed(.functionWord) else { return false }
            j += 1
        }
        return false
    }

    /// "The meeting, held in C", "The talks took place in C": the clause opens with "the" and
    /// the meeting word, so it speaks of the encounter already reported.
    func refersToLastMeeting(_ s: AnalyzedSentence, _ clause: EncounterClause) -> Bool {
        clause.trigger >= 1 && clause.trigger - 1 == clause.range.lowerBound && s.tokens[clause.trigger - 1].isWord(.the)
    }

    /// Whether the meeting word follows a word naming two states ("the Uzbek-Kyrgyz summit",
    /// "India-Pakistan talks") while a participant serves a third: that encounter is the pair's.
    static func isOtherStatesGathering(_ s: AnalyzedSentence, _ clause: EncounterClause, participants: [Int], people: [PersonRecord]) -> Bool {
        let k = clause.trigger - 1
        // A flag before the mentions are read: most words before a meeting word have no hyphen.
        guard k >= 0, s.tokens[k].hasHyphen, participants.count >= 2 else { return false }
        let states = Set(s.mentions.filter { $0.first == k && $0.last == k }.compactMap(\.countryCode))
        guard states.count >= 2 else { return false }
        return participants.contains { people[$0].country.map { !states.contains($0) } ?? false }
    }

    /// How far after the meeting word of a headline "in" and its city may stand: "meeting in C",
    /// "Hold Talks in C".
    static let headlineCityReach = 2

    /// The city a headline puts a meeting in: "Presidents meeting in C to discuss trade".
    static func headlineMeetingCity(_ s: AnalyzedSentence) -> String? {
        // A headline closes without a full stop; a first sentence that has one is the report's lead.
        guard let last = s.tokens.indices.last, !Token.isMark(s.tokens, last, UInt8(ascii: ".")) else { return nil }
        for k in s.tokens.indices where s.tokens[k].classes.contains(.meetingTrigger) {
            // ("in" with a word after it, within the reach.)
            for j in k + 1..<max(k + 1, min(k + 1 + Self.headlineCityReach, s.tokens.count - 1)) where s.tokens[j].isWord(.in) {
                guard let m = s.mention(at: j + 1), m.first == j + 1 else { continue }
                // A city, or a capital (a mention of its state by metonym).
                if case .country(_, .metonym, false) = m.kind { return s.text(m.first, m.last) }
                if m.placeCountry != nil { return s.text(m.first, m.last) }
            }
        }
        return nil
    }

    /// "hosted the meeting, which was attended by", "the summit was attended by": a meeting noun
    /// after "the" in the clause, so the encounter is one already announced.
    func refersToAnnouncedMeeting(_ s: AnalyzedSentence, _ clause: EncounterClause) -> Bool {
        Self.namesTheMeeting(s, in: clause.range)
    }

    /// "the meeting", "the talks": a meeting noun after "the" within `range`, which refers to an
    /// encounter already told. `alone`: not followed by words that name another encounter's body or
    /// people ("the meeting of the council", "the talks between C and D").
    static func namesTheMeeting(_ s: AnalyzedSentence, in range: Range<Int>, alone: Bool = false) -> Bool {
        range.contains { k in
            k >= 1 && s.tokens[k].classes.contains(.meetingTrigger) && s.tokens[k - 1].isWord(.the) && !s.tokens[k].isListed(.encounterVerb)
                && !(alone && k + 1 < s.tokens.count && otherMeetingLinks.contains(s.tokens[k + 1].lower))
        }
    }

    /// Words after a meeting noun that make it another encounter than the one reported: "the
    /// meeting of the council", "the talks between C and D", "the meeting with E".
    static let otherMeetingLinks: WordSet = ["of", "between", "with", "among"]

    /// "met the leaders of the five states", "held talks with his counterparts from the region":
    /// the meeting word's object is a group of people the clause does not name.
    func meetsUnnamedGroup(_ s: AnalyzedSentence, _ clause: EncounterClause) -> Bool {
        (clause.trigger + 1..<clause.range.upperBound).contains { k in
            s.tokens[k].isListed(.groupReference) && k >= 1 && ["the", "his", "her", "their", "its"].contains(s.tokens[k - 1].lower)
        }
    }

    /// "meet again", "will hold talks again": the meeting word followed by "again", before the
    /// clause's next word of substance (an object may stand between: "meet him again").
    func saysAgain(_ s: AnalyzedSentence, _ clause: EncounterClause) -> Bool {
        (clause.trigger + 1..<min(clause.range.upperBound, clause.trigger + 1 + Self.againReach)).contains { s.tokens[$0].isWord(.again) }
    }

    /// How far after the meeting word "again" still belongs to it: a pronoun or a short object
    /// between ("meet them again", "hold talks with him again").
    static let againReach = 4

    /// "had spoken by phone with B last week": a clause that dates its encounter by a past period
    /// is not of the dateline's day.
    /// Words of a clause that put its encounter on an earlier occasion: "last met", "met most
    /// recently", "previously met".
    static let earlierOccasionWords: WordSet = ["last", "recently", "previously"]

    /// How many sentences after a dated encounter another with no time of its own is still read
    /// as part of the same occasion: a report of a visit tells its talks in the next few
    /// sentences; past that, the article has usually moved to background.
    static let occasionDayReach = 3

    /// Words that place a sentence's encounter in time by themselves ("two weeks ago", "since
    /// taking office", "earlier this year").
    /// ("came days after", "has met him several times": periods and counts of occasions.)
    static let timeWords: WordSet = [
        "ago", "earlier", "since", "previous", "recent", "past", "once", "former", "then", "days", "weeks", "months", "years", "times",
    ]

    /// Whether the clause tells its encounter in the perfect ("has also met B"): an encounter at
    /// any time up to now, not one of the day's occasion.
    /// ("The meeting would have brought together A and B", anywhere in the clause: a meeting that
    /// did not happen, on no day of the occasion. A modal alone, "agreed that talks could
    /// resume", says nothing of the encounter told.)
    static func saysPerfect(_ s: AnalyzedSentence, before trigger: Int, in clause: Range<Int>) -> Bool {
        (clause.lowerBound..<trigger).contains { perfectAuxiliaries.contains(s.tokens[$0].lower) }
            || clause.contains { counterfactualModals.contains(s.tokens[$0].lower) && s.word($0 + 1) == "have" }
    }

    static let perfectAuxiliaries: WordSet = ["has", "have", "'ve"]
    static let counterfactualModals: WordSet = ["would", "could", "might"]

    /// Nouns of a stay somewhere: "during his visit", "in the course of the tour".
    static let visitNouns: WordSet = ["visit", "trip", "tour", "stay"]
    /// Verbs that end a stay: "ended his visit on Monday", "concluded a three-day tour".
    static let stayEndingVerbs: WordSet = ["ended", "concluded", "wrapped", "ends", "concludes", "wraps"]
    /// How far a visit noun may stand after "during" or a verb ending a stay: "during his official
    /// visit", "ended his 24-hour state visit".
    static let visitNounReach = 4

    /// Whether a sentence dates its encounter by a visit only ("met B during his official visit"):
    /// a visit may run over days, none of them told.
    static func datedByTheVisit(_ s: AnalyzedSentence) -> Bool {
        s.tokens.indices.contains { s.tokens[$0].lower == "during" && visitNounFollows($0, in: s) }
    }

    /// "During the visit, A also met B", "during his stay": the clause refers back to a visit
    /// told before, by "the" or a possessive right before the visit noun.
    static func toldDuringTheVisit(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        range.contains { k in
            s.tokens[k].isWord(.during) && k + 2 < s.tokens.count && referringDeterminers.contains(s.tokens[k + 1].lower)
                && visitNouns.contains(s.tokens[k + 2].lower)
        }
    }

    static let referringDeterminers: WordSet = ["the", "his", "her", "their", "this"]

    /// Whether a sentence tells a stay ending: "A ended his two-day visit to C on Monday".
    static func endsAVisit(_ s: AnalyzedSentence) -> Bool {
        s.tokens.indices.contains { stayEndingVerbs.contains(s.tokens[$0].lower) && visitNounFollows($0, in: s) }
    }

    /// Whether a visit noun stands within `visitNounReach` tokens after token `k`.
    static func visitNounFollows(_ k: Int, in s: AnalyzedSentence) -> Bool {
        (k + 1..<min(s.tokens.count, k + 1 + visitNounReach)).contains { visitNouns.contains(s.tokens[$0].lower) }
    }

    /// Whether a sentence gives any time of its own: a day, a month, a year, a period ("later in
    /// the week"), or a word of time.
    static func namesAnyTime(_ s: AnalyzedSentence) -> Bool {
        recallsAnEarlierOccasion(s, 0..<s.tokens.count)
            || s.tokens.contains { t in
                t.kind == .word && (timeWords.contains(t.lower) || MeetingStatusReader.comingPeriods.contains(t.lower))
                    || t.classes.contains(.dateWord)
                    || (t.text.utf8.count == 4 && t.text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 })
            }
    }

    /// Whether the clause recalls an earlier occasion, by one of `earlierOccasionWords` before its
    /// meeting word or a month of its own ("met in Belgrade in July").
    static func recallsAnEarlierOccasion(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        range.contains { k in
            s.tokens[k].isWord(.last) || (s.tokens[k].kind == .word && earlierOccasionWords.contains(s.tokens[k].lower))
                || (s.tokens[k].classes.contains(.dateWord) && DateExpression.months[s.tokens[k].lower] != nil && s.mention(at: k)?.isName != true)
        }
    }

    /// "next month", "in the coming weeks": a period to come in the clause.
    func namesAComingPeriod(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        (range.lowerBound..<max(range.lowerBound, range.upperBound - 1)).contains { k in
            (s.tokens[k].lower == "next" || s.tokens[k].lower == "coming") && MeetingStatusReader.comingPeriods.contains(s.tokens[k + 1].lower)
        }
    }

    func namesAPastPeriod(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        (range.lowerBound..<max(range.lowerBound, range.upperBound - 1)).contains { k in
            s.tokens[k].isWord(.last) && MeetingStatusReader.comingPeriods.contains(s.tokens[k + 1].lower)
        }
    }

    /// "on the same day", "later that day", "earlier in the day", "that afternoon", "the same
    /// morning": the day of the encounter just reported. Not after a comma that follows the meeting word ("will travel to C to meet B, the
    /// ministry said in a statement later in the day": the day of the statement).
    func saysSameDay(_ s: AnalyzedSentence, _ range: Range<Int>, trigger: Int) -> Bool {
        // "After the audience A held talks with B": the occasion just reported goes on.
        if range.lowerBound == 0, s.tokens.count > 3, ["after", "following"].contains(s.tokens[0].lower), s.tokens[1].isWord(.the),
            s.tokens[2].classes.contains(.meetingTrigger)
        {
            return true
        }
        // "On Thursday morning A was received by B. In the afternoon A and C met": a part of the
        // day opening the sentence goes on with the day just told (mid-sentence, "in the
        // afternoon" is read below, past any comma that sets it apart).
        if range.lowerBound == 0, s.tokens.count > 3 {
            let first = s.tokens[0].lower
            if first == "that", MeetingDateReader.partsOfDay.contains(s.tokens[1].lower) { return true }
            // "Earlier, the minister held talks with B": earlier on the day just told (not
            // "Earlier this week", "Earlier in the month": another period).
            if s.tokens[0].isWord(.earlier), Token.isMark(s.tokens, 1, UInt8(ascii: ",")) || !Self.laterPeriodWords.contains(s.tokens[1].lower) {
                return true
            }
            if first == "in", s.tokens[1].isWord(.the), MeetingDateReader.partsOfDay.contains(s.tokens[2].lower) { return true }
        }
        return (range.lowerBound..<max(range.lowerBound, range.upperBound - 1)).contains { k in
            // "that afternoon", "the same morning": a part of the day just told.
            let partOfDay = MeetingDateReader.partsOfDay.contains(s.tokens[k + 1].lower)
            guard s.tokens[k + 1].isWord(.day) || partOfDay, !Self.isSetApart(s, k, after: trigger) else { return false }
            let word = s.tokens[k].lower
            if word == "same" || word == "that" { return true }
            // "B was received in the afternoon by C": mid-sentence, without a day of its own.
            if partOfDay { return word == "the" && k >= 1 && s.tokens[k - 1].isWord(.in) && !s.isWord(k + 2, .of) }
            // "later in the day", "earlier in the day".
            return word == "the" && k >= 2 && s.tokens[k - 1].isWord(.in) && (s.tokens[k - 2].isWord(.later) || s.tokens[k - 2].isWord(.earlier))
        }
    }

    /// "A called on B before the joint press conference", "Before the three-way session, A held
    /// talks with C", "after the leaders' session": "before" or "after" the occasion the article
    /// reports, named by "the" and a noun of talks or of their programme. (A gathering with a day
    /// of its own gives that day first: `GatheringPlaces.dayBefore`.) Not after a comma that
    /// follows the meeting word ("met B, before the session opened on Monday" has its own day).
    static func saysAroundTheOccasion(_ s: AnalyzedSentence, _ range: Range<Int>, trigger: Int) -> Bool {
        range.contains { k in
            guard s.tokens[k].isWord(.before) || s.tokens[k].isWord(.after), s.isWord(k + 1, .the), !isSetApart(s, k, after: trigger),
                // "B said after the lunch that ...": the time of the saying.
                k == 0 || !s.tokens[k - 1].isListed(.speechVerb)
            else { return false }
            var j = k + 2
            // "before the start of the talks"
            if j + 2 < range.upperBound, Self.boundsOfAnOccasion.contains(s.tokens[j].lower), s.isWord(j + 1, .of), s.isWord(j + 2, .the) {
                j += 3
            }
            let end = min(range.upperBound, j + Self.occasionModifierReach + 1)
            // Not the clause's own meeting word: "days after the minister held talks" tells the
            // encounter itself, not an occasion around it.
            return (j..<end).contains { n in
                n != trigger
                    && ((s.tokens[n].isListed(.meetingTrigger) && !s.tokens[n].isListed(.encounterVerb)) || Self.programmeNouns.contains(s.tokens[n].lower))
            }
        }
    }

    /// Words of a programme's start or end before "of the talks".
    static let boundsOfAnOccasion: WordSet = ["start", "opening", "end", "close"]
    /// How many words may describe the occasion between "the" and its noun: "the joint press
    /// conference", "the three-way session", "the leaders' session".
    static let occasionModifierReach = 4
    /// Nouns of an occasion's programme that no list of meeting words holds ("session",
    /// "conference", "lunch" and "dinner" are meeting words already).
    static let programmeNouns: WordSet = ["ceremony", "banquet", "plenary"]

    /// "A arrived on Wednesday. On Thursday A met B ... A told B that ...": the pair's encounter
    /// already reported on a later day of the visit than its first; a report of the two without a
    /// day is more of that one, not of the visit's first day.
    func reportedOnAnotherDay(_ participants: [Int], than visitDay: DateExpression, in meetings: [MeetingFact], people: [PersonRecord], publication: Day?)
        -> Bool
    {
        guard participants.count == 2, let day = visitDay.resolve(publication: publication, future: false) else { return false }
        let names = Set(participants.map { people[$0].name })
        return meetings.contains { $0.status == .held && $0.date != nil && $0.date != day && Set($0.participants) == names }
    }

    /// Nouns of a trip whose destination follows "to": "on a visit to C", "during a trip to C".
    static let tripNouns: WordSet = ["visit", "trip", "tour"]

    /// "NAIROBI (Agency) - A saw B on Friday while on a visit to Malawi": the lead tells an encounter on a
    /// trip to a state other than the dateline city's, which is only where the wire files from;
    /// the guidelines' dateline city is for a report of what happened there. (A state left
    /// unnamed, "a visit to the island nation", is not read: it may be the dateline's own.)
    static func saysVisitToAnotherState(_ s: AnalyzedSentence, home: String?) -> Bool {
        // A dateline city of no known state cannot be told apart from the one visited.
        guard let home else { return false }
        for k in s.tokens.indices where k + 2 < s.tokens.count && tripNouns.contains(s.tokens[k].lower) && s.isWord(k + 1, .to) {
            if let m = s.mentions.first(where: { $0.first == k + 2 }), case .country(let code, .name, _) = m.kind, code != home { return true }
        }
        return false
    }

    /// An unnamed signing by two or more states with a day or a place ("Norway and Russia signed
    /// a treaty here on Wednesday"), as the frame of the encounters of their people reported next.
    /// ("The foreign ministers of A and B agreed here yesterday to ...": states agreeing, told
    /// with a day or a place, frame their people's encounter told next, as a signing does.)
    func signingFrame(_ s: AnalyzedSentence, dateline: String?, dateStage: MeetingDateReader, placeStage: MeetingPlaceReader) -> Frame? {
        // Asked of every sentence without a meeting word or a name: the verb first, by its class
        // bit, before any mention is read or set made.
        guard
            let sign = s.tokens.indices.first(where: {
                s.tokens[$0].classes.contains(.signing) || (Token.mayBeginWith(s.tokens, $0, UInt8(ascii: "a")) && s.tokens[$0].isWord(.agreed))
            })
        else { return nil }
        let states = Set(s.mentions.compactMap(\.countryCode))
        let all = 0..<s.tokens.count
        // "The prime ministers of the five Nordic countries agreed in C on Monday": a group
        // counted, its states not named (C's state, if any, is only the host's).
        let size = ParticipantReader.unnamedGroupSize(s, all)
        guard states.count >= 2 || size != nil else { return nil }
        let here = saysHere(s, all) ? dateline : nil
        let date = dateStage.firstDay(in: s)
        let place = placeStage.place(in: s, near: sign, clause: all, cityOfVenue: here) ?? here
        guard date != nil || place != nil else { return nil }
        return Frame(date: date, place: place, sentence: s.index, planned: false, states: states, size: size)
    }

    /// How many sentences back "in the afternoon" may find the day just told, when no encounter
    /// was reported since: the sentence before, or the one before that when a sentence of
    /// another event stands between.
    static let dayToldReach = 2

    /// Phrases of a time minutes or hours away, within the day the report is written.
    static let aboutToStartPhrases: [[String]] = [["in", "a", "few", "minutes"], ["in", "a", "few", "moments"], ["shortly"], ["in", "a", "moment"]]

    /// "are to begin talks in a few minutes", "will shortly hold talks": an encounter about to start.
    static func saysAboutToStart(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        range.contains { k in
            (Token.mayBeginWith(s.tokens, k, UInt8(ascii: "i")) || Token.mayBeginWith(s.tokens, k, UInt8(ascii: "s")))
                && aboutToStartPhrases.contains { phrase in
                    k + phrase.count <= s.tokens.count && phrase.indices.allSatisfy { s.tokens[k + $0].lower == phrase[$0] }
                }
        }
    }

    /// "A later paid a courtesy call on B", "Later, A met B": "later" alone before the meeting
    /// word goes on with the day of the encounter just reported. Not "later this week", "later
    /// in the month" (another day), nor "two days later" (a count, read by `daysAfterPrevious`).
    static func saysLater(_ s: AnalyzedSentence, _ range: Range<Int>, trigger: Int) -> Bool {
        (range.lowerBound..<trigger).contains { k in
            guard s.tokens[k].isWord(.later), trigger - k <= laterReach else { return false }
            if k + 1 < s.tokens.count, laterPeriodWords.contains(s.tokens[k + 1].lower) { return false }
            return k == 0 || !(s.tokens[k - 1].kind == .number || laterCountWords.contains(s.tokens[k - 1].lower))
        }
    }

    /// How many words before the meeting word "later" may stand: "A later paid a courtesy call",
    /// "Later, the minister held talks".
    static let laterReach = 6
    /// Words after "later" that name another period: "later this week", "later in the month".
    static let laterPeriodWords: WordSet = ["this", "that", "in", "on", "next", "today", "tonight", "tomorrow", "the"]
    /// Words before "later" that count a time: "days later", "a week later".
    static let laterCountWords: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour", "much", "decades"]

    /// Verbs of a host receiving a guest where the host is: a host who goes on receiving ("A
    /// also received D") is still there.
    static let receivingVerbs: WordSet = ["received", "receives", "receiving", "hosted", "hosts", "welcomed"]

    /// How many words before the meeting word "also" may stand and still tie it to the encounter
    /// just reported: "she also held", "he was also received".
    static let alsoReach = 3

    /// How many sentences the next step of an occasion may come after the encounter before it:
    /// the sentence right after, or the one after that when a quote or a comment stands between
    /// (a sentence between that reported an encounter would be the last encounter itself).
    static let occasionReach = 2

    /// "A met B in C on Monday. She also held talks with D" ("A then met D"): the sentence
    /// after a held encounter (within `occasionReach`), one of its people as subject and someone new met, "also" or
    /// "then" before a past meeting word, goes on with the same occasion. Not a perfect ("has also met D several times"), not a
    /// plan; "A also met B" of two people already there is their own encounter, left as told.
    func goesOnTheSameOccasion(
        _ s: AnalyzedSentence, _ clause: EncounterClause, after previous: MeetingFact, participants: [Int], planned: Bool, people: [PersonRecord],
        ownPlace: String? = nil
    ) -> Bool {
        guard !planned, previous.status == .held, let subject = participants.first,
            participants.contains(where: { !previous.participants.contains(people[$0].name) }),
            let told = previous.evidence.lazy.map(\.sentence).max(), s.index - told <= Self.occasionReach
        else { return false }
        let before = max(clause.range.lowerBound, clause.trigger - Self.alsoReach)..<clause.trigger
        guard !(clause.range.lowerBound..<clause.trigger).contains(where: { ["has", "have", "had"].contains(s.tokens[$0].lower) }) else {
            return false
        }
        // "A then met D", "B then received D": the next step of the same occasion, with someone
        // of it (whoever the clause names first). ("They were then joined by D for a three-way
        // meeting" is another meeting of that occasion, told apart from the first only while it
        // has no day: the merger folds the smaller into the larger of one day and place.)
        if Self.saysThen(s, clause, joinsElsewhere: Self.placedElsewhere(ownPlace, than: previous)) {
            return participants.contains { previous.participants.contains(people[$0].name) }
        }
        return previous.participants.contains(people[subject].name) && before.contains { s.tokens[$0].isWord(.also) }
    }

    /// "A then called on D" ("B was then received by D"): "then" shortly before the meeting word,
    /// which is not "joined" (joining the encounter before is no step of its own), unless
    /// `joinsElsewhere`: "the two then joined D for dinner at the V" names a place of its own,
    /// another encounter of the same day.
    static func saysThen(_ s: AnalyzedSentence, _ clause: EncounterClause, joinsElsewhere: Bool = false) -> Bool {
        let before = max(clause.range.lowerBound, clause.trigger - alsoReach)..<clause.trigger
        return before.contains(where: { s.tokens[$0].lower == "then" }) && (joinsElsewhere || !s.tokens[clause.trigger].isWord(.joined))
    }

    /// Whether a clause names a place of its own that is not the place of the encounter before.
    static func placedElsewhere(_ place: String?, than previous: MeetingFact?) -> Bool {
        guard let place, let previous else { return false }
        return previous.place != nil && previous.place != place
    }

    /// "those talks", "this meeting": a determiner right before the meeting noun that points at
    /// an encounter already told.
    static func pointsBack(_ s: AnalyzedSentence, at trigger: Int) -> Bool {
        trigger >= 1 && pointingBackDeterminers.contains(s.tokens[trigger - 1].lower)
    }

    /// ("that" is left out: "officials said that talks would follow" opens a clause.)
    static let pointingBackDeterminers: WordSet = ["those", "these", "this"]

    /// ", before returning to C", ", after flying to D": where a later or earlier step of the
    /// trip begins in the clause, after its meeting word and a comma. ("at her last summit before
    /// leaving office" is no step of a trip.)
    static func laterStep(in s: AnalyzedSentence, after trigger: Int, before end: Int) -> Int? {
        // The comma by its byte (`Token.isMark`), not by a string compared at every word.
        (trigger + 2..<max(trigger + 2, end - 1)).first { k in
            Token.isMark(s.tokens, k - 1, UInt8(ascii: ",")) && (s.tokens[k].isWord(.before) || s.tokens[k].isWord(.after)) && s.tokens[k + 1].kind == .word
                && s.tokens[k + 1].lower.hasSuffix("ing") && !s.tokens[k + 1].classes.contains(.meetingTrigger)
        }
    }

    /// How many words after the "with" of a meeting word the state of the party met may stand:
    /// "with Chinese leaders", "with the leaders of China".
    static let partyStateReach = 4

    /// The states of the party the clause's meeting word is "with" ("talks in C with Chinese
    /// leaders"), that "with" within the reach of the meeting word's object.
    static func statesMet(_ s: AnalyzedSentence, _ clause: EncounterClause) -> Set<String> {
        let end = s.end(after: clause.trigger, words: EncounterClauses.objectReach, limit: clause.range.upperBound)
        guard let with = (clause.trigger + 1..<max(end, clause.trigger + 1)).first(where: { s.tokens[$0].isWord(.with) }) else { return [] }
        let reach = s.end(after: with, words: partyStateReach, limit: clause.range.upperBound)
        return Set(s.mentions.filter { $0.first > with && $0.first < reach }.compactMap(\.countryCode))
    }

    /// Whether the object of the clause's meeting word, before anyone named or any mark and within
    /// the reach of a meeting word's object, is an audience that holds no office ("meet the Fiji
    /// students", "met the Indian community").
    static func meetsPublicAudience(_ s: AnalyzedSentence, _ clause: EncounterClause) -> Bool {
        let end = s.end(after: clause.trigger, words: EncounterClauses.objectReach, limit: clause.range.upperBound)
        for k in (clause.trigger + 1)..<max(end, clause.trigger + 1) {
            // The object ends at a name or a mark: "after talks in C, as residents of D ...".
            if s.tokens[k].kind != .word { return false }
            if let m = s.mention(at: k), m.isName { return false }
            if !s.tokens[k].isCapitalized, WordLists.publicAudiences.contains(s.tokens[k].lower) { return true }
        }
        return false
    }

    /// Verbs after which "there" is the existential subject, not a place: "there is", "there were".
    static let existentialVerbs: WordSet = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might"]

    /// "had a meeting with B at the Guest House there": "there" after the meeting word in the
    /// clause, as a place and not the subject of "there is".
    static func saysThere(_ s: AnalyzedSentence, after trigger: Int, in range: Range<Int>) -> Bool {
        (trigger + 1..<range.upperBound).contains { k in
            s.tokens[k].lower == "there" && !(k + 1 < s.tokens.count && existentialVerbs.contains(s.tokens[k + 1].lower))
        }
    }

    /// "There, he met B", "There he will meet B": the sentence opens with "There" and a comma or
    /// a pronoun, so "there" is the place the sentence before named.
    static func opensWithThere(_ s: AnalyzedSentence) -> Bool {
        guard s.tokens.count > 2, s.tokens[0].lower == "there" else { return false }
        let next = s.tokens[1]
        return next.isMark(UInt8(ascii: ",")) || ["he", "she", "they"].contains(next.lower)
    }

    /// Words of people joining a meeting reported before ("also took part", "attended").
    static let joiningWords: WordSet = ["also", "part", "attended", "joined", "hosted", "chaired"]

    /// "also took part in the talks", "attended the meeting", "present at the talks were": the
    /// meeting word follows "the".
    func joinsLastMeeting(_ s: AnalyzedSentence, _ clause: EncounterClause, presence: MeetingPresence) -> Bool {
        (Self.hasDefiniteArticle(s, trigger: clause.trigger, from: clause.range.lowerBound)
            && (clause.range.contains { s.tokens[$0].isListed(.joiningWord) }
                || presence.saysPresent(s, in: clause.range)))
            || joinsTheMeetingNamedAfter(s, clause)
    }

    /// "A and B joined the talks": the verb of joining is the clause's trigger (a verb outranks
    /// the noun after it), and its object is the meeting just reported, not an encounter of
    /// A with B.
    func joinsTheMeetingNamedAfter(_ s: AnalyzedSentence, _ clause: EncounterClause) -> Bool {
        let t = clause.trigger
        guard s.tokens[t].isWord(.joined) || s.tokens[t].lower == "attended" else { return false }
        // "C and D joined them for the second half": "them" are the people just reported met.
        if s.tokens[t].isWord(.joined), s.word(t + 1) == "them" { return true }
        let reach = min(clause.range.upperBound, t + 2 + ParticipantReader.nounModifierReach)
        guard
            let noun = (t + 1..<reach).first(where: {
                (s.tokens[$0].isListed(.meetingTrigger) && !s.tokens[$0].isListed(.encounterVerb)) || Self.partsOfTalks.contains(s.tokens[$0].lower)
            })
        else { return false }
        return Self.hasDefiniteArticle(s, trigger: noun, from: t + 1)
    }

    /// Nouns of a part of talks that people join besides the meeting words ("joined the
    /// afternoon session"): "joined the wider round".
    static let partsOfTalks: WordSet = ["round"]

    /// "the talks", "the delegation-level talks", "the first formal meeting": "the" before the
    /// meeting word, with at most `ParticipantReader.nounModifierReach` lowercase words between.
    static func hasDefiniteArticle(_ s: AnalyzedSentence, trigger: Int, from start: Int) -> Bool {
        definiteArticle(before: trigger, in: s, from: start) != nil
    }

    /// Where "the" stands before the noun at `k`, with at most `ParticipantReader.nounModifierReach`
    /// lowercase words between ("the closed retreat"), not before `start`.
    static func definiteArticle(before k: Int, in s: AnalyzedSentence, from start: Int) -> Int? {
        var j = k - 1
        while j >= start, k - j <= ParticipantReader.nounModifierReach + 1 {
            if s.tokens[j].isWord(.the) { return j }
            guard s.tokens[j].kind == .word, !s.tokens[j].isCapitalized else { return nil }
            j -= 1
        }
        return nil
    }

    /// "A and B were joined by D": the subjects, all people of the encounter last reported, were
    /// joined at it by the people named after "by".
    func joinedBy(_ s: AnalyzedSentence, _ clause: EncounterClause, subjects: [Int], last: MeetingFact, people: [PersonRecord]) -> Bool {
        s.tokens[clause.trigger].isWord(.joined) && s.isWord(clause.trigger + 1, .by) && !subjects.isEmpty
            && subjects.allSatisfy { last.participants.contains(people[$0].name) }
    }

    /// "D joined A and B for the talks": with "joined" active and two people or more after it, the
    /// last held encounter reported before that had them all.
    func joinedEncounter(_ s: AnalyzedSentence, _ clause: EncounterClause, named: [PersonMention], meetings: [MeetingFact], people: [PersonRecord])
        -> Int?
    {
        guard s.tokens[clause.trigger].isWord(.joined), !s.isWord(clause.trigger + 1, .by) else { return nil }
        let objects = Set(named.filter { $0.first > clause.trigger && clause.range.contains($0.first) }.map(\.person))
        guard objects.count >= 2 else { return nil }
        return meetings.lastIndex { m in m.status == .held && objects.allSatisfy { m.participants.contains(people[$0].name) } }
    }

    /// Adds people to an encounter already reported, with the sentence that puts them there.
    /// People joining the encounter reported last join every earlier report of that encounter
    /// too ("A received B at the palace. During his meeting with A, B spoke of C. The meeting was
    /// attended by D"): the merger would otherwise find two reports with different people, one
    /// with the palace and one with D, and keep them apart.
    /// The people present at an unnamed encounter `frame` reported: each once, at least two, one
    /// of them of a state the report names when it names any.
    func framedPresence(_ persons: [Int], frame: Frame, people: [PersonRecord]) -> [Int]? {
        var present: [Int] = []
        for p in persons where !present.contains(p) { present.append(p) }
        guard present.count >= 2, frame.states.isEmpty || frame.covers(present, people: people) else { return nil }
        return present
    }

    /// Words of time before a possessive and a meeting noun: "after his meeting with B".
    static let timeBeforeOwnMeeting: WordSet = ["after", "following", "before"]
    static let possessivePronouns: WordSet = ["his", "her", "their"]

    /// "after his meeting with B", "following their talks": a meeting noun owned by a pronoun after
    /// a word of time names an encounter as the time of another step.
    static func namesItAgainAsATime(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        trigger >= 2 && possessivePronouns.contains(s.tokens[trigger - 1].lower) && timeBeforeOwnMeeting.contains(s.tokens[trigger - 2].lower)
    }

    /// "At their meeting," or "During his talks with B," opening the sentence: a meeting noun
    /// owned by a pronoun after "during" or "at" names an encounter as the time of what the
    /// sentence tells.
    static func namesItAgainAsItsTime(_ s: AnalyzedSentence, _ trigger: Int) -> Bool {
        trigger == 2 && possessivePronouns.contains(s.tokens[1].lower) && (s.tokens[0].lower == "during" || s.tokens[0].lower == "at")
    }

    /// Prepositions that open a sentence with the occasion just reported: "During his talks in C",
    /// "At the meeting in C", "In the talks".
    static let occasionOpeners: WordSet = ["during", "at", "in"]

    /// "During his talks in C, the minister ...": as `namesItAgainAsItsTime`, and with "in" or
    /// "the" too, a sentence opened by the meeting noun of the encounter just reported, which
    /// the clause may place.
    static func opensWithTheOccasion(_ s: AnalyzedSentence, _ clause: EncounterClause) -> Bool {
        clause.trigger == 2 && clause.range.lowerBound == 0 && occasionOpeners.contains(s.tokens[0].lower)
            && (s.tokens[1].isWord(.the) || possessivePronouns.contains(s.tokens[1].lower)) && !s.tokens[2].isListed(.encounterVerb)
    }

    /// "A will host B on Friday. They met in D last year. Also present will be C": a presence
    /// still to come joins the last planned encounter where the last one reported was held; nil
    /// where the last encounter is the one to join.
    static func encounterToCome(of s: AnalyzedSentence, presence: MeetingPresence, meetings: [MeetingFact]) -> Int? {
        guard meetings.last?.status == .held, presence.saysToCome(s) else { return nil }
        return meetings.lastIndex { $0.status == .planned }
    }

    /// Joins `persons` to the meeting at `target` (the last one when nil) and to every other report
    /// of the same encounter.
    func joinLast(
        _ persons: [Int], sentence s: AnalyzedSentence, in meetings: inout [MeetingFact], at target: Int? = nil, merger: MeetingMerger,
        people: [PersonRecord]
    ) {
        guard let last = target ?? meetings.indices.last else { return }
        for i in meetings.indices where i != last && merger.sameEncounter(meetings[i], meetings[last]) {
            join(persons, sentence: s, to: &meetings[i], people: people)
        }
        join(persons, sentence: s, to: &meetings[last], people: people)
    }

    func join(_ persons: [Int], sentence s: AnalyzedSentence, to meeting: inout MeetingFact, people: [PersonRecord]) {
        for p in persons where !meeting.participants.contains(people[p].name) {
            meeting.participants.append(people[p].name)
        }
        meeting.evidence.append(Evidence(sentence: s.index, start: s.start, end: s.end))
    }
}
