import Extraction
import Testing

// A day in the possessive dates what it owns; a wire's dateline is not the place of an encounter
// its lead puts on a visit to another state. Own sentences and invented names.

@Test func aPossessiveDayDatesTheThingItOwns() {
    let f = extract(
        "Chancellor Anna Weber and Polish Prime Minister Ewa Nowak discussed trade and Thursday's referendum in Britain.",
        published: "2016-06-22")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.date == nil)
}

@Test func aPossessiveDayOfTheTalksIsStillTheirDay() {
    for sentence in [
        "Chancellor Anna Weber and Polish Prime Minister Ewa Nowak met in Berlin, and Monday's talks covered trade.",
        "Monday's talks between Chancellor Anna Weber and Polish Prime Minister Ewa Nowak in Berlin covered trade.",
    ] {
        let f = extract(sentence, published: "2016-06-22")
        #expect(f.meetings.first?.date == Day(iso: "2016-06-20"), "\(sentence)")
    }
}

@Test func aLeadOnAVisitToAnotherStateIsNotInTheDatelineCity() {
    let f = extract(
        "SYDNEY (Wire) – A senior Chinese official, Li Wen, met Fiji's Prime Minister Jone Tora on Monday on a visit to Fiji.",
        published: "2024-05-28")
    #expect(f.meetings.map { Set($0.participants) } == [["Li Wen", "Jone Tora"]])
    #expect(f.meetings.first?.place == nil)
    #expect(f.meetings.first?.date == Day(iso: "2024-05-27"))
}

@Test func aLeadOnAVisitToTheDatelineStateKeepsItsCity() {
    let f = extract(
        "SYDNEY (Wire) – Chinese Foreign Minister Li Wen met Australian Prime Minister Tom Reid on Monday on a visit to Australia.",
        published: "2024-05-28")
    #expect(f.meetings.first?.place == "Sydney")
}
