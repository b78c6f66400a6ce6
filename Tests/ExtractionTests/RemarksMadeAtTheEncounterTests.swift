import Extraction
import Testing

// "A rejected the statement on Friday. He made the remarks in a phone call with B": the
// encounter is the occasion of the remarks the sentence before reported, and on their day, a
// call too. Invented names.

@Test func aCallWhereTheRemarksWereMadeIsOnTheirDay() {
    let f = extract(
        "Estonian Foreign Minister Arno Velt on Friday rejected a joint statement, saying it challenged his country's sovereignty. "
            + "He made the remarks in a phone call with Latvian Foreign Minister Ivo Kalns, according to a statement.",
        published: "2021-12-23")
    #expect(f.meetings.map { Set($0.participants) } == [["Arno Velt", "Ivo Kalns"]])
    #expect(f.meetings.first?.mode == .call)
    #expect(f.meetings.first?.date == Day(iso: "2021-12-17"))
}

@Test func theSpeakersOwnCommentsCameDuringTheTalks() {
    let f = extract(
        "Estonian Foreign Minister Arno Velt said on Friday that the statement was unacceptable. "
            + "Velt's comments came during talks with Latvian Foreign Minister Ivo Kalns in Tallinn.",
        published: "2021-12-23")
    #expect(f.meetings.map { Set($0.participants) } == [["Arno Velt", "Ivo Kalns"]])
    #expect(f.meetings.first?.place == "Tallinn")
}

@Test func callingSomeonesRemarksIsNoEncounterWithThem() {
    let f = extract(
        "Estonian Foreign Minister Arno Velt spoke on Friday. In Riga, Latvian Foreign Minister Ivo Kalns called Velt's remarks reckless.",
        published: "2021-12-23")
    #expect(f.meetings.isEmpty)
}

@Test func aCallWithNoBackReferenceKeepsNoDay() {
    let f = extract(
        "Estonian Foreign Minister Arno Velt on Friday rejected a joint statement. He also held a phone call with Latvian Foreign Minister Ivo Kalns.",
        published: "2021-12-23")
    #expect(f.meetings.first?.date == nil)
}
