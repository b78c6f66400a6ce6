import Testing

@testable import Extraction

/// The meeting stages one by one, on sentences analysed by the real tagger and person resolver.
struct StageInput {
    let sentences: [AnalyzedSentence]
    let people: [PersonRecord]

    init(_ text: String) {
        let extractor = Extractor()
        sentences = extractor.analyze(Array(text.utf8))
        people = PersonResolver(gazetteer: extractor.gazetteer).resolve(sentences)
    }

    func named(in sentence: Int) -> [PersonMention] {
        people.flatMap(\.mentions).filter { $0.sentence == sentence }.sorted { $0.first < $1.first }
    }

    func name(_ id: Int) -> String { people[id].name }

    func clauses(_ sentence: Int = 0) -> [EncounterClause] {
        EncounterClauses().clauses(of: sentences[sentence], named: named(in: sentence))
    }

    func word(_ sentence: Int, _ token: Int) -> String { sentences[sentence].tokens[token].lower }
}

@Test func everyWordListOfTheStagesIsEmbeddedAndFilled() {
    for list in [
        WordLists.meetingTriggers, WordLists.encounterVerbs, WordLists.triggersNeedingObject, WordLists.callWords,
        WordLists.voiding, WordLists.cancelling, WordLists.planning, WordLists.groupReferences,
        WordLists.speechVerbs, WordLists.roleModifiers, WordLists.nameConnectors, WordLists.organisationWords,
    ] {
        #expect(!list.isEmpty)
    }
    #expect(WordLists.encounterVerbs.words.isSubset(of: WordLists.meetingTriggers.words))
}

@Test func aSentenceReportingTwoEncountersIsTwoClauses() {
    let input = StageInput(
        "President Anna Berg met Prime Minister Tomas Rell on Monday and Foreign Minister Ilse Varga will hold talks with Foreign Minister Jon Okafor on Friday."
    )
    let clauses = input.clauses()
    #expect(clauses.count == 2)
    #expect(clauses.map { input.word(0, $0.trigger) } == ["met", "talks"])
}

@Test func aNegatedOrCancelledMeetingWordReportsNoClause() {
    #expect(StageInput("President Anna Berg refused to meet Prime Minister Tomas Rell.").clauses().isEmpty)
    #expect(StageInput("Talks between President Anna Berg and Prime Minister Tomas Rell were called off.").clauses().isEmpty)
    #expect(StageInput("A planned meeting of President Anna Berg with Prime Minister Tomas Rell was cancelled.").clauses().isEmpty)
}

@Test func aVerbOfEncounterOutranksAMeetingNoun() {
    let input = StageInput("The summit ended after President Anna Berg met Prime Minister Tomas Rell.")
    #expect(input.clauses().map { input.word(0, $0.trigger) } == ["met"])
}

@Test func theSpeakerIsNotAParticipant() {
    let input = StageInput("Minister Karl Osei said President Anna Berg met Prime Minister Tomas Rell.")
    let clause = input.clauses()[0]
    let ids = ParticipantReader().participants(in: input.sentences[0], clause: clause, named: input.named(in: 0), discourse: MeetingDiscourse())
    #expect(Set(ids.map(input.name)) == ["Anna Berg", "Tomas Rell"])
}

@Test func theTwoLeadersAreThePairLastReported() {
    let input = StageInput(
        """
        President Anna Berg met Prime Minister Tomas Rell on Monday.
        The two leaders later held a second round of talks.
        """)
    var discourse = MeetingDiscourse()
    discourse.noteMentions(input.named(in: 0))
    discourse.lastParticipants = input.named(in: 0).map(\.person)
    discourse.lastParticipantsSentence = 0
    let clause = input.clauses(1)[0]
    let ids = ParticipantReader().participants(in: input.sentences[1], clause: clause, named: input.named(in: 1), discourse: discourse)
    #expect(Set(ids.map(input.name)) == ["Anna Berg", "Tomas Rell"])
}

@Test func statusFollowsTenseAndModality() {
    let reader = MeetingStatusReader()
    for (text, planned) in [
        ("President Anna Berg will meet Prime Minister Tomas Rell.", true),
        ("President Anna Berg is to hold talks with Prime Minister Tomas Rell.", true),
        ("Talks between President Anna Berg and Prime Minister Tomas Rell are scheduled for next month.", true),
        ("President Anna Berg met Prime Minister Tomas Rell.", false),
        ("President Anna Berg held talks with Prime Minister Tomas Rell.", false),
    ] {
        let input = StageInput(text)
        let clause = input.clauses()[0]
        #expect(reader.isPlanned(input.sentences[0], clause: clause, date: nil, publication: nil) == planned, "\(text)")
    }
}

@Test func theDateOfTheReportIsNotTheDateOfTheMeeting() {
    let input = StageInput("Minister Karl Osei told reporters on Friday that President Anna Berg met Prime Minister Tomas Rell on Tuesday.")
    let date = MeetingDateReader().date(in: input.sentences[0], clause: input.clauses()[0])
    if case .weekday(let day)? = date?.value { #expect(day == 2) } else { Issue.record("no weekday found") }
}

@Test func thePlaceIsTheCityAfterAPreposition() {
    let input = StageInput("President Anna Berg met Prime Minister Tomas Rell in Vienna.")
    let clause = input.clauses()[0]
    #expect(MeetingPlaceReader(gazetteer: .standard).place(in: input.sentences[0], near: clause.trigger, clause: clause.range) == "Vienna")
}

@Test func reportsWithTheSameParticipantsAndNoConflictMerge() {
    let a = MeetingFact(participants: ["A B", "C D"], status: .held, date: nil, datePrecision: .none, place: "Vienna", mode: .inPerson, evidence: [])
    var b = a
    b.place = nil
    var c = a
    c.place = "Geneva"
    #expect(MeetingMerger().merge([a, b]).count == 1)
    #expect(MeetingMerger().merge([a, c]).count == 2)
}

@Test func aVenueAndTheCityAroundItAreOneEncounterAndHeldWinsOnTheSameDay() {
    let day = Day(iso: "2024-03-05")
    let inCity = MeetingFact(participants: ["A B", "C D"], status: .held, date: day, datePrecision: .day, place: "Vienna", mode: .inPerson, evidence: [])
    var atVenue = inCity
    atVenue.place = "Grand Hotel"
    atVenue.date = nil
    let merged = MeetingMerger().merge([atVenue, inCity])
    #expect(merged.count == 1)
    #expect(merged.first?.place == "Vienna")
    var planned = inCity
    planned.status = .planned
    #expect(MeetingMerger().merge([planned, inCity]).map(\.status) == [.held])
    // A planned meeting on another day is another encounter.
    var later = planned
    later.date = Day(iso: "2024-04-01")
    #expect(MeetingMerger().merge([inCity, later]).count == 2)
}

@Test func followedByOpensASecondEncounter() {
    // The day and place belong to the first, unnamed encounter, not to the one that follows it.
    let f = extract(
        """
        The deputy ministers are to meet in Vienna on June 27, followed by a meeting between President Kofi Mensah of Ghana and President Peter Mwangi of Kenya in August.
        """, published: "2004-06-22")
    let second = f.meeting("Kofi Mensah", "Peter Mwangi")
    #expect(second != nil)
    #expect(second?.status == .planned)
    #expect(second?.place == nil)
    #expect(second?.date == nil)
}

// A verb of coming together in the present after "when", "once", "until", "before" or "after" and
// its subject speaks of a time still to come: planned, whatever the tense of the clause it hangs
// from; not a noun after the conjunction ("after talks with B", "after the visit"), nor a past verb.

@Test func anEncounterInAPresentClauseOfTimeIsPlanned() {
    let f = extract(
        """
        Defence Minister Lena Moreau will raise the matter with General Kofi Adjei when the two meet in Accra on Thursday.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .planned)
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.date?.description == "2024-03-21")
}

@Test func aNounOrAPastVerbAfterAConjunctionOfTimeIsNoPlan() {
    let f = extract(
        """
        Defence Minister Lena Moreau raised the matter with General Kofi Adjei when the two met in Accra on Thursday.
        President Ivo Petrov returned home after talks with President Dara Quinn on Monday.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .held)
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.status == .held)
}

// "A told B in a telephone call that ...": the call is where the speaker spoke to B, an encounter
// between them; "A said in Accra that ..." names no encounter.

@Test func speechToAPersonInACallIsThatCall() {
    let f = extract(
        """
        President Lena Moreau told President Kofi Adjei in a telephone call on Monday that aid would continue.
        President Ivo Petrov said in Accra on Monday that President Dara Quinn would be welcome.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.mode == .call)
    #expect(f.meeting("Ivo Petrov", "Dara Quinn") == nil)
}

// "agreed in a telephone call on Monday to ...", "agreed during talks on Monday to ...": the
// encounter is where the agreement was made, held on that day; "agreed to meet on Monday" plans one.

@Test func anAgreementMadeInAnEncounterLeavesItHeld() {
    let f = extract(
        """
        President Lena Moreau and President Kofi Adjei agreed in a telephone call on Monday to keep the row calm.
        Prime Minister Ivo Petrov and Prime Minister Dara Quinn agreed to meet on Monday.
        """, published: "2016-06-08")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .held)
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.date?.description == "2016-06-06")
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.status == .planned)
}

// A same-day follow-up takes the day of the encounter just reported before the dateline's day or
// the day of a visit reported around it; a clause dated "last week" takes neither.

@Test func aSameDayFollowUpKeepsTheReportedDayOverTheDatelineAndTheVisit() {
    let f = extract(
        """
        ACCRA, March 14. President Lena Moreau received President Kofi Adjei in Accra yesterday.
        Later in the day Adjei paid a courtesy call on Prime Minister Ivo Petrov.
        Before travelling, Adjei had spoken by phone with President Dara Quinn last week.
        Adjei is to visit the northern region today before returning home.
        """, published: "2024-03-14")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.date?.description == "2024-03-13")
    #expect(f.meeting("Kofi Adjei", "Ivo Petrov")?.date?.description == "2024-03-13")
    #expect(f.meeting("Kofi Adjei", "Ivo Petrov")?.place == "Accra")
    #expect(f.meeting("Kofi Adjei", "Dara Quinn")?.date == nil)
}

// "held a strategic dialogue" between named people is an encounter; a call for dialogue, or a
// dialogue said to be impossible, is none.

@Test func aDialogueHeldBetweenNamedPeopleIsAnEncounter() {
    let f = extract(
        """
        Defence Minister Lena Moreau and General Kofi Adjei will hold a strategic dialogue in Accra on Thursday.
        President Ivo Petrov called for dialogue with President Dara Quinn over the border.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .planned)
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Accra")
    #expect(f.meeting("Ivo Petrov", "Dara Quinn") == nil)
}
