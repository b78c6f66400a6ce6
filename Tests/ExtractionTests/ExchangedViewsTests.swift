import Extraction
import Testing

// "A exchanged views with B" reports an encounter, as "conferred with B" does; other things
// exchanged ("fire", "letters") and views exchanged on a topic by people already met are not a
// new one. Invented names.

@Test func viewsExchangedWithEachOfSeveralMinistersAreEncounters() {
    let f = extract(
        "Foreign Minister Abebe Kassa exchanged views with Foreign Minister of Cameroon, Paul Ndongo, Spain's Foreign Minister, Luis Romero, and Foreign Minister of Somalia, Ahmed Warsame.",
        published: "2023-02-15")
    let partners = Set(f.meetings.flatMap(\.participants)).subtracting(["Abebe Kassa"])
    #expect(partners == ["Paul Ndongo", "Luis Romero", "Ahmed Warsame"])
    #expect(f.meetings.allSatisfy { $0.participants.contains("Abebe Kassa") && $0.status == .held })
}

@Test func viewsExchangedByTelephoneAreACall() {
    let f = extract("On Tuesday President Abebe Kassa exchanged views with President Paul Ndongo by telephone.", published: "2023-02-15")
    #expect(f.meetings.map(\.mode) == [.call])
}

@Test(arguments: [
    "Troops of the two countries exchanged fire near the border on Tuesday, Foreign Minister Abebe Kassa said.",
    "President Abebe Kassa and President Paul Ndongo exchanged letters on Tuesday.",
])
func otherThingsExchangedAreNoEncounter(sentence: String) {
    #expect(extract(sentence, published: "2023-02-15").meetings.isEmpty)
}

@Test func viewsExchangedOnATopicAfterAMeetingAreTheSameEncounter() {
    let f = extract(
        "Foreign Minister Abebe Kassa met Foreign Minister Paul Ndongo of Cameroon on Tuesday. The two ministers exchanged views on the regional situation.",
        published: "2023-02-15")
    #expect(f.meetings.count == 1)
}
