import Extraction
import Testing

// "The call took place on Tuesday": the noun of a call, after "the" and before a verb of
// happening, tells again the call just reported and gives it its day. Sentences written for
// these tests.

private let lead = "Foreign Minister Ayman Safadi of Jordan held phone talks with Foreign Minister Sameh Shoukry of Egypt, the ministry said."

@Test(arguments: ["The call took place on Tuesday.", "The phone call took place on Tuesday.", "The telephone call was held on Tuesday."])
func aCallToldAgainWithItsDayDatesTheCall(_ next: String) {
    let m = extract("\(lead) \(next)", published: "2021-03-04").meeting("Ayman Safadi", "Sameh Shoukry")
    #expect(m?.mode == .call)
    #expect(m?.date == Day(iso: "2021-03-02"))
}

@Test func aCallAsAVerbWithoutItsObjectStaysNoEncounter() {
    // "call" with no one called and no verb of happening: a demand, not an encounter.
    let f = extract("\(lead) The two ministers call for calm on Tuesday.", published: "2021-03-04")
    #expect(f.meetings.count == 1)
    #expect(f.meeting("Ayman Safadi", "Sameh Shoukry")?.date == nil)
}
