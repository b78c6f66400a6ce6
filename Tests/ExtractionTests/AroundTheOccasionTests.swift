import Extraction
import Testing

// An encounter "before the joint press conference", "before the three-way session" or "after
// the leaders' session" falls on the day of the occasion the article reports, and stays an
// encounter of its own beside it. Not the encounter itself told after "after the"
// ("days after the minister held talks"), nor the time of a saying. Own sentences.

@Test func aCallBeforeThePressConferenceIsOnTheDayOfTheTalks() {
    let facts = extract(
        "President Oskar Berg met Prime Minister Lena Virtanen in Turku on Tuesday. "
            + "Foreign Minister Antti Salo paid a courtesy call on President Berg before the joint press conference.",
        published: "2019-10-10")
    #expect(facts.meeting("Antti Salo", "Oskar Berg")?.date == Day(iso: "2019-10-08"))
}

@Test func talksBeforeTheSessionAreOnTheSummitsDayAndApartFromIt() {
    let facts = extract(
        "President Oskar Berg, Prime Minister Lena Virtanen and Chancellor Petra Aalto held a three-way summit in Turku on Tuesday. "
            + "Before the three-way session, President Berg and Prime Minister Virtanen met over breakfast.",
        published: "2019-10-10")
    let pair = facts.meetings.first { Set($0.participants) == ["Oskar Berg", "Lena Virtanen"] }
    #expect(pair?.date == Day(iso: "2019-10-08"))
    #expect(facts.meetings.contains { $0.participants.count == 3 })
}

@Test func talksAfterTheLeadersSessionAreOnItsDay() {
    let facts = extract(
        "President Oskar Berg and Prime Minister Lena Virtanen held a virtual summit on Tuesday. "
            + "Foreign ministers Antti Salo and Pia Holm held a separate virtual meeting after the leaders' session.",
        published: "2019-10-10")
    #expect(facts.meeting("Antti Salo", "Pia Holm")?.date == Day(iso: "2019-10-08"))
}

@Test func talksToldAfterAfterTheTakeNoDayOfTheOccasion() {
    let facts = extract(
        "President Oskar Berg met Prime Minister Lena Virtanen in Turku on Tuesday. "
            + "The visit came days after the prime minister held talks with Chancellor Petra Aalto in Tallinn.",
        published: "2019-10-10")
    #expect(facts.meeting("Lena Virtanen", "Petra Aalto")?.date == nil)
}

/// "Earlier," opening the sentence: earlier on the day just told; "Earlier this week" is another period.
@Test func earlierOpeningTheSentenceKeepsTheDay() {
    let facts = extract(
        "Foreign Minister Antti Salo called on President Oskar Berg in Turku on Tuesday. "
            + "Earlier, Mr. Salo was welcomed at the airport by his counterpart Pia Holm.",
        published: "2019-10-10")
    #expect(facts.meeting("Antti Salo", "Pia Holm")?.date == Day(iso: "2019-10-08"))
    let week = extract(
        "Foreign Minister Antti Salo called on President Oskar Berg in Turku on Tuesday. "
            + "Earlier this month, Mr. Salo held talks with his counterpart Pia Holm.",
        published: "2019-10-10")
    #expect(week.meeting("Antti Salo", "Pia Holm")?.date == nil)
}
