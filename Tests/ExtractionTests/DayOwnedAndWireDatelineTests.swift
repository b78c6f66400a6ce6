import Extraction
import Testing

// A day in the possessive dates what it owns; a wire's dateline is not the place of an encounter
// its lead puts on a visit to another state. Own sentences and invented names.

@Test func aPossessiveDayDatesTheThingItOwns() {
    let f = extract(
        "President Marta Solis and Polish Prime Minister Ewa Nowak discussed farm policy and Sunday's plebiscite in Scotland.",
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
        "NAIROBI (Agency) – Chinese envoy Wu Ming held talks with Malawi's President Peter Banda on Friday during a visit to Malawi.",
        published: "2024-05-28")
    #expect(f.meetings.map { Set($0.participants) } == [["Wu Ming", "Peter Banda"]])
    #expect(f.meetings.first?.place == nil)
    #expect(f.meetings.first?.date == Day(iso: "2024-05-24"))
}

@Test func aLeadOnAVisitToTheDatelineStateKeepsItsCity() {
    let f = extract(
        "NAIROBI (Agency) – Chinese envoy Wu Ming held talks with Kenyan President Peter Kamau on Friday during a visit to Kenya.",
        published: "2024-05-28")
    #expect(f.meetings.first?.place == "Nairobi")
}
