import Extraction
import Testing

// A leader quoted saying "we will meet B" takes part in the meeting, and the people named only
// after the quotation (beside whom the leader spoke) do not; "his Costa Rican colleague, A" gives
// A's state as "his Costa Rican counterpart A" does. Invented sentences with real office names.

@Test(arguments: [
    "\"We will meet President Ivan Duque in Bogota on March 19,\" Panamanian President Juan Carlos Varela said.",
    "Panamanian President Juan Carlos Varela said: \"We will be meeting with President Ivan Duque in Bogota on March 19.\"",
    "\"On March 19 we will also be meeting with President Ivan Duque in Bogota,\" Panamanian President Juan Carlos Varela told reporters.",
])
func aQuotedWeMeetingSomeoneCountsTheSpeakerIn(_ text: String) {
    let f = extract(text, published: "2019-02-21")
    #expect(f.pairs == [["Ivan Duque", "Juan Carlos Varela"]])
    #expect(f.meetings.first?.status == .planned)
}

@Test func peopleNamedOnlyAfterTheQuotationAreNotInTheQuotedMeeting() {
    let f = extract(
        "\"We will be meeting with President Ivan Duque in Bogota,\" said Panamanian President Juan Carlos Varela, speaking to the press beside his Costa Rican colleague, Carlos Alvarado.",
        published: "2019-02-21")
    #expect(f.meeting("Juan Carlos Varela", "Ivan Duque")?.participants.count == 2)
}

@Test(arguments: [
    // A "we" that does not do the meeting: the speaker's side welcomes other people's talks.
    "\"We welcome the meeting between President Ivan Duque and President Nicolas Maduro,\" Panamanian President Juan Carlos Varela said.",
    "\"We hope the talks between President Ivan Duque and President Nicolas Maduro succeed,\" Panamanian President Juan Carlos Varela said.",
])
func aWeThatOnlyWatchesOthersMeetIsNotAParticipant(_ text: String) {
    let f = extract(text, published: "2019-02-21")
    #expect(!f.meetings.contains { $0.participants.contains("Juan Carlos Varela") })
}

@Test func aStateBeforeColleagueIsThePersonsOwn() {
    let f = extract(
        "President Juan Carlos Varela of Panama met President Ivan Duque in Bogota. He later spoke beside his Costa Rican colleague, Pedro Alvarez.",
        published: "2019-02-21")
    #expect(f.person("Pedro Alvarez")?.country == "CRI")
}

@Test func aSpeakerAfterAQuotationsClosingMarkIsTheQuotedI() {
    // The comma before the closing quotation mark: "...,\" said A".
    let f = extract(
        "\"I will meet President Ivan Duque in Bogota,\" said Juan Carlos Varela, standing beside Carlos Alvarado.", published: "2019-02-21")
    #expect(f.pairs == [["Ivan Duque", "Juan Carlos Varela"]])
}

@Test func aNameReportedOnAfterSaidIsNoSpeaker() {
    // ", said President A had been ...": A is the subject of what was said, and took part.
    let f = extract(
        "Briefing reporters, spokesman Kofi Mensah said President John Kufuor had met former President Henri Bedie on the crisis.",
        published: "2019-02-21")
    #expect(f.meeting("John Kufuor", "Henri Bedie") != nil)
}
