import Extraction
import Testing

// A meeting noun that is the object of a verb of intensifying ("agreed to increase
// consultations") is a kind of contact to have more of, not an encounter; "agreed to hold
// consultations next month" still plans one. Own sentences.

@Test(arguments: [
    "The two leaders agreed to increase consultations on issues of common concern.",
    "The two leaders agreed to step up dialogue and consultations at all levels.",
    "The two presidents agreed to strengthen high-level exchanges and meetings between the two governments.",
    "Ortega and Salas agreed to intensify consultations between their foreign ministries.",
])
func anAgreementToHaveMoreContactIsNoPlannedMeeting(_ agreement: String) {
    let f = extract("Chilean President Tomas Ortega met Peruvian President Mario Salas in Lima on Thursday. " + agreement, published: "2024-03-08")
    #expect(f.meetings.map(\.status) == [.held])
}

@Test func anAgreementToHoldConsultationsAgainPlansOne() {
    let f = extract(
        "Chilean President Tomas Ortega met Peruvian President Mario Salas in Lima on Thursday. "
            + "The two leaders agreed to hold consultations again next month in Santiago.",
        published: "2024-03-08")
    #expect(f.meetings.map(\.status) == [.held, .planned])
}

/// "the exchange of high-level meetings" is meetings traded over the years, no encounter of the
/// two who value it.
@Test func theExchangeOfMeetingsIsNoEncounter() {
    let f = extract(
        "Chilean President Tomas Ortega met Peruvian President Mario Salas in Lima on Thursday. "
            + "The two leaders praised the growth of ties over the past years, as well as the exchange of high-level meetings.",
        published: "2024-03-08")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.evidence.count == 1)
}
