import Extraction
import Testing

// "... and agreed to hold a meeting": a second encounter, planned, in the same sentence as the
// one held; the held one's day is not the plan's. Sentences written for these tests.

@Test(arguments: [
    "President Ana Silva and President Jorge Reyes discussed the border by telephone on Thursday and agreed to hold a meeting soon.",
    "President Ana Silva and President Jorge Reyes spoke by telephone on Thursday and agreed to meet in the near future.",
    "President Ana Silva and President Jorge Reyes met in Quito on Thursday and agreed to hold another summit next year.",
])
func anAgreementToMeetAfterAnEncounterIsAPlanOfItsOwnWithoutThatDay(_ text: String) {
    let f = extract(text, published: "2021-05-02")
    #expect(f.meetings.filter { $0.status == .held }.first?.date == Day(iso: "2021-04-29"))
    let planned = f.meetings.filter { $0.status == .planned }
    #expect(planned.count == 1)
    #expect(planned.first?.date != Day(iso: "2021-05-06"))
    #expect(planned.first?.mode == .inPerson)
}

@Test func aMeetingWordAsAModifierOfAnotherThingIsNoPlan() {
    let f = extract(
        "President Ana Silva and President Jorge Reyes held talks in Quito on Wednesday and agreed to double bilateral trade by 2030.",
        published: "2021-05-02")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .held)
}

// "agreed at a summit hosted by B on Tuesday": the summit is where the agreement was made, held,
// whatever follows the verb of agreeing. Sentences written for this test.
@Test func anAgreementMadeAtASummitHostedBySomeoneIsNoPlan() {
    let f = extract(
        "TALLINN, May 31 - Three Baltic governments agreed at a summit hosted by Estonian Prime Minister Ivo Kasek on Tuesday.\n\nThe meeting was attended by Kasek, Latvia's Aldo Perrin and Lithuania's Rasa Petraite.",
        published: "2023-05-31")
    let summit = f.meetings.first { $0.participants.count == 3 }
    #expect(summit?.status == .held)
    #expect(summit?.date == Day(iso: "2023-05-30"))
}

// "next" with no noun after it is the next in a row, no time ahead: "walking from one ministry
// to the next" is a day told.
// Sentences written for these tests.
@Test func theNextInARowIsNoPlan() {
    let f = extract(
        "RIGA, Nov 14 (Wire) - Estonian Prime Minister Ivo Kasek toured Riga on Monday, walking from one ministry to the next, and had talks with the country's leaders.\n\nHis first stop was Riga Castle, where President Aldo Perrin welcomed him in the morning.",
        published: "2001-11-14")
    let m = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(m?.status == .held)
    #expect(m?.date == Day(iso: "2001-11-12"))
}

@Test func theNextSummitIsAPlan() {
    let f = extract("Estonian Prime Minister Ivo Kasek and Latvian President Aldo Perrin will hold talks at the next summit.", published: "2001-11-14")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.status == .planned)
}

// "was just a matter of time": a hope, no meeting (guidelines). Sentences written for this test.
@Test(arguments: [
    "President Ivo Kasek told the radio on Tuesday that a first summit with President Aldo Perrin was now only a matter of time.",
    "A meeting between President Ivo Kasek and President Aldo Perrin is only a matter of time, officials said.",
])
func aMeetingThatIsAMatterOfTimeIsAHope(_ text: String) {
    let f = extract(text, published: "2010-04-15")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin") == nil)
}

// The quoted "I" stands for the speaker past a longer noun phrase: "I had a long and frank
// telephone conversation with B".
@Test func theQuotedSpeakerOfALongerPhraseTakesPart() {
    let f = extract(
        "\"I had a long and frank telephone conversation with President Aldo Perrin on April 6,\" President Ivo Kasek said.", published: "2010-04-15")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == Day(iso: "2010-04-06"))
}

// "A had been due to meet B in C on Monday" in a report of the visit put off: planned, in C, and
// on no day (a postponed meeting keeps only a new day). Sentences written for these tests.
@Test func theDayOfAPlanPutOffIsGivenUp() {
    let f = extract(
        "Estonian Defence Minister Ivo Kasek has put off his trip to Riga, with no new date set, his office said on Tuesday. Kasek had been scheduled to hold talks with Latvian Defence Minister Aldo Perrin in Riga on Monday.",
        published: "2014-03-04")
    let m = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(m?.status == .planned)
    #expect(m?.date == nil)
    #expect(m?.place == "Riga")
}

@Test func aPlanWithItsDayStillHeldKeepsTheDay() {
    let f = extract(
        "Estonian Defence Minister Ivo Kasek is due to meet Latvian Defence Minister Aldo Perrin in Riga on Monday.", published: "2014-03-04")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == Day(iso: "2014-03-10"))
}
