import Extraction
import Testing

// "A and B agreed in a phone call last Thursday to meet soon in C": two encounters, the call
// they held (on its day) and the meeting they agreed on (planned, in C, with no day).
// Invented names.

@Test(arguments: [
    "Estonian President Mari Tamm and Latvian President Juris Ozols agreed in a phone call last Thursday to meet soon in Vilnius.",
    "Estonian President Mari Tamm and Latvian President Juris Ozols agreed in a phone call on Thursday to meet in Vilnius.",
])
func aCallInWhichAMeetingWasAgreedIsTwoEncounters(_ text: String) {
    let f = extract(text, published: "2025-10-21")
    let call = f.meetings.first { $0.mode == .call }
    let plan = f.meetings.first { $0.mode == .inPerson }
    #expect(call?.status == .held)
    #expect(call?.date == Day(iso: "2025-10-16"))
    #expect(plan?.status == .planned)
    #expect(plan?.date == nil)
    #expect(plan?.place == "Vilnius")
}

@Test func anOpeningCallInWhichTheyAgreedToMeetLeavesTheMeetingPlanned() {
    let f = extract(
        "In a phone call last Thursday, Estonian President Mari Tamm and Latvian President Juris Ozols agreed to meet soon in Vilnius.",
        published: "2025-10-21")
    #expect(f.meetings.contains { $0.mode == .inPerson && $0.status == .planned && $0.date == nil && $0.place == "Vilnius" })
    #expect(!f.meetings.contains { $0.status == .planned && $0.date != nil })
}

@Test func agreeingDuringTheCallToldBeforeIsNoSecondCall() {
    let f = extract(
        "Estonian Foreign Minister Arno Velt spoke by telephone on Monday with Latvian Foreign Minister Ivo Kalns. "
            + "Velt and Kalns agreed during the call to meet on April 25 in Vilnius.",
        published: "2018-04-17")
    #expect(f.meetings.filter { $0.mode == .call && $0.status == .held }.count == 1)
}
